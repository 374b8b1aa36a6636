/**
 * The names an agency's change feed gives its fields and types, all derived from the feed's Query
 * field (`foreignAffairsChanges`), and the fields of its types: one place for the permission
 * tables, the scope table, the webhook deliverer and the tests.
 */

/** Every field of a feed's `…Change`, `…ChangeEdge` and `…ChangeConnection` types. */
export const CHANGE_TYPE_FIELDS = {
  Change: ['recordType', 'recordId', 'operation', 'changedAt', 'record'],
  ChangeEdge: ['cursor', 'node'],
  ChangeConnection: ['edges', 'pageInfo'],
} as const;

/** Every field of the shared webhook types. */
export const WEBHOOK_TYPE_FIELDS = {
  WebhookSubscription: ['id', 'url', 'types', 'status', 'cursor', 'consecutiveFailures', 'nextAttemptAt', 'lastDeliveredAt', 'createdAt', 'expiresAt'],
  WebhookDelivery: ['id', 'at', 'attempt', 'outcome', 'httpStatus', 'error', 'changeCount', 'endCursor', 'durationMs'],
  WebhookDeliveryConnection: ['edges', 'pageInfo', 'totalCount'],
  WebhookDeliveryEdge: ['cursor', 'node'],
  WebhookSubscriptionChanged: ['subscription', 'secret'],
  WebhookRefused: ['code', 'field', 'message'],
} as const;

/** `foreignAffairsChanges` → its type prefix, record-type enum and webhook fields. */
export function feedNames(field: string) {
  const agency = field.replace(/Changes$/, '');
  const prefix = `${agency[0]!.toUpperCase()}${agency.slice(1)}`;
  return {
    /** `ForeignAffairs`: the prefix of the feed's types (`ForeignAffairsChange`, …). */
    prefix,
    recordTypeEnum: `${prefix}RecordType`,
    webhooks: `${agency}Webhooks`,
    webhookDeliveries: `${agency}WebhookDeliveries`,
    subscribe: `subscribeTo${prefix}Changes`,
    cancel: `cancel${prefix}Webhook`,
  };
}
