import { WEBHOOK_EXPIRY_DROP_SQL, WEBHOOK_EXPIRY_SQL, statementsMigration } from '@lifeline/subgraph-runtime/migrations';

/**
 * A webhook subscription lasts while its system keeps calling this agency: deliveries pause after
 * `expires_at`, which each request of the system moves on (with its current claims). Subscriptions
 * made before get a day from now.
 */
export class Migration20261206180000 extends statementsMigration(WEBHOOK_EXPIRY_SQL, WEBHOOK_EXPIRY_DROP_SQL) {}
