/** A push subscription as Chatwoot renders it: the raw ActiveRecord attributes (`render json: record`). */
import type { SubscriptionRow } from '../db/store.js';

export function serializeSubscription(row: SubscriptionRow) {
  return {
    id: row.id,
    subscription_type: row.subscription_type,
    subscription_attributes: row.subscription_attributes,
    user_id: row.user_id,
    identifier: row.identifier,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
