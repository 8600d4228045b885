import { isSettingsError, type SettingsError } from '@profile-elements/core';

/** The SettingsError `promise` rejects with; fails when it resolves or rejects with anything else. */
export async function settingsErrorOf(promise: Promise<unknown>): Promise<SettingsError> {
  try {
    await promise;
  } catch (error) {
    if (isSettingsError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a SettingsError');
}

/** Everything an error shows of itself, its causes included: where a secret must never appear. */
export function everythingIn(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e; e = (e as Error).cause) {
    parts.push(String(e), JSON.stringify(e), (e as Error).message ?? '');
  }
  return parts.join('\n');
}
