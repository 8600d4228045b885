/**
 * Avatar rules (Chatwoot's `Avatarable`: at most 15 MB, JPEG, PNG or GIF) and where avatars are
 * served from. Chatwoot reports both problems of one file, too big first.
 */
import { randomBytes } from 'node:crypto';
import {
  CHATWOOT_MESSAGES as MESSAGES,
  CHATWOOT_PROFILE_RULES,
} from '@profile-elements/chatwoot-adapter/rules';
import type { UploadedFile } from '../http/uploaded-file.js';
import { sniffImageType, type ImageType } from './sniff.js';

/** `15.megabytes` in Rails is 15 MiB. */
export const AVATAR_MAX_BYTES = CHATWOOT_PROFILE_RULES.avatarMaxBytes;

/** Public path prefix of stored avatars; `<img>` cannot send the token header, so no auth here. */
export const AVATAR_PATH = '/avatars';

/** Declared types that name an accepted image (`image/jpg` is a common misspelling browsers send). */
const ACCEPTED_DECLARED = new Set(['image/jpeg', 'image/jpg', 'image/pjpeg', 'image/png', 'image/gif']);
/** Declared types that claim nothing, where the bytes alone decide. */
const GENERIC_DECLARED = new Set(['', 'application/octet-stream']);

export interface CheckedAvatar {
  /** Messages for `RecordErrors.add('avatar', …)`, in Chatwoot's order; empty when acceptable. */
  errors: string[];
  /** The type the bytes say, which is what gets stored and served. */
  contentType: ImageType | null;
}

/**
 * A file is acceptable when its bytes are a JPEG, PNG or GIF and its declared type does not claim
 * something else (a WebP renamed `.png` but declared `image/webp` is refused either way).
 */
export function checkAvatar(file: UploadedFile): CheckedAvatar {
  const errors: string[] = [];
  if (file.tooBig) errors.push(MESSAGES.avatarTooBig);
  const declared = file.declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
  const sniffed = sniffImageType(file.data);
  const declaredOk = ACCEPTED_DECLARED.has(declared) || GENERIC_DECLARED.has(declared);
  if (!sniffed || !declaredOk) errors.push(MESSAGES.avatarType);
  return { errors, contentType: sniffed };
}

/** A fresh, unguessable key per upload: the URL changes with the image, so it can be cached forever. */
export const newAvatarKey = (): string => randomBytes(16).toString('hex');

export const avatarUrl = (baseUrl: string, key: string | null): string =>
  key ? `${baseUrl}${AVATAR_PATH}/${key}` : '';
