import { WEBHOOK_TABLES_DROP_SQL, WEBHOOK_TABLES_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/**
 * Webhooks on the change feed: each partner system's subscription (where to post, its signing
 * secret, where in the feed it stands, its back-off) and the log of every delivery attempt.
 */
export class Migration20261206140000 extends statementsMigration(WEBHOOK_TABLES_SQL, WEBHOOK_TABLES_DROP_SQL) {}
