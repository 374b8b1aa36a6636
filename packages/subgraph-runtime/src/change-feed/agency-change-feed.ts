/**
 * An agency's change feed as its subgraph serves it: the feed, and its Query and Mutation entries
 * (the feed itself, the webhook subscriptions and their deliveries, subscribing and cancelling),
 * keyed by the names the feed's field gives them, for the subgraph's resolver map to spread. The
 * feed reads the by-id resolvers through `queryResolvers`, so the subgraph's own Query resolvers
 * need not know of it.
 */
import { changeFeed, type ChangeFeedDefinition } from './change-feed';
import { feedNames } from './feed-names';
import { webhookResolvers } from './webhooks';

export function agencyChangeFeed(definition: ChangeFeedDefinition) {
  const feed = changeFeed(definition);
  const names = feedNames(definition.field);
  const webhooks = webhookResolvers(definition.field, feed.recordTypes);
  return {
    ...feed,
    /** The feed's Query fields: `foreignAffairsChanges`, `foreignAffairsWebhooks`, `foreignAffairsWebhookDeliveries`. */
    Query: { [definition.field]: feed.resolveFeed, [names.webhooks]: webhooks.list, [names.webhookDeliveries]: webhooks.deliveries },
    /** The feed's Mutation fields: `subscribeToForeignAffairsChanges`, `cancelForeignAffairsWebhook`. */
    Mutation: { [names.subscribe]: webhooks.subscribe, [names.cancel]: webhooks.cancel },
  };
}
