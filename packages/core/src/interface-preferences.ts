/**
 * The rest of Chatwoot's profile page (the contract, §4 and §6.2): how the app looks and behaves for
 * the agent (font size, interface language, the key that sends a message), their message signature,
 * and their availability in each account.
 */

/** Chatwoot's five font sizes, in CSS pixels (`ui_settings.font_size`): Smaller … Larger. */
export const FONT_SIZES = [14, 15, 16, 18, 20] as const;
export type FontSize = (typeof FONT_SIZES)[number];

/** Which key sends a message in the reply box (`ui_settings.editor_message_key`). */
export const SEND_KEYS = ['enter', 'cmd_enter'] as const;
export type SendKey = (typeof SEND_KEYS)[number];

/** Font size, interface language and send key: the agent's interface settings. */
export interface InterfacePreferences {
  fontSize: FontSize;
  /** The interface language as a BCP 47 tag, or `null` for the account's default language. */
  locale: string | null;
  sendKey: SendKey;
}

/** A change to interface settings: only the members that change. */
export type InterfacePreferencesPatch = Partial<InterfacePreferences>;

/** Chatwoot's availability values (`account_users.availability`). */
export const AVAILABILITY_STATUSES = ['online', 'busy', 'offline'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

/** The agent's availability in one of their accounts. */
export interface AccountAvailability {
  /** The backend's id for the account, as a string. */
  accountId: string;
  accountName: string;
  /** What the agent set. */
  status: AvailabilityStatus;
  /** Mark the agent offline automatically when they close the app. */
  autoOffline: boolean;
}

/** The agent's availability in every account they belong to; `current` is the one in use. */
export interface Availability {
  accounts: AccountAvailability[];
  currentAccountId: string;
}

/** A change to one account's availability. */
export interface AvailabilityPatch {
  accountId: string;
  status?: AvailabilityStatus;
  autoOffline?: boolean;
}
