/**
 * `EnsureCurrentAccountHelper` for account-scoped routes: the account must exist (404), be active
 * (401) and have the user as a member (401), checked in that order.
 */
import type { AccountRow, Store } from './db/store.js';
import { notFound, unauthorized } from './http/errors.js';

export function accountOfMember(store: Store, userId: number, rawAccountId: string): AccountRow {
  const account = /^\d+$/.test(rawAccountId) ? store.getAccount(Number(rawAccountId)) : undefined;
  if (!account) throw notFound();
  if (account.status !== 'active') throw unauthorized('Account is suspended');
  if (!store.membership(userId, account.id))
    throw unauthorized('You are not authorized to access this account');
  return account;
}
