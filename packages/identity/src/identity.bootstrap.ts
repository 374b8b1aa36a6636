/**
 * Everything the gateway needs to mount the identity service, from its configuration: the
 * database (PGlite under the data directory, or `<prefix>_identity` on DATABASE_URL), committed
 * migrations applied, the demo accounts when asked for, the service and its HTTP routes.
 */
import { join } from 'node:path';
import { type MikroORM } from '@mikro-orm/core';
import { createLog, openConfiguredDatabase, openOrm, type Log, type SubgraphDatabase } from '@lifeline/subgraph-runtime';
import { adminRoutes } from './admin.routes';
import { createAdminConsole, type AdminConsole } from './admin-console.workflow';
import { seedDemoAccounts } from './demo-accounts.seeder';
import { type IdentityConfig, loadAccessTokenKeys } from './identity.config';
import { definition } from './identity-database.definition';
import { identityRoutes, type IdentityRoutes } from './identity.routes';
import { createIdentityService, type IdentityService } from './identity.service';
import { createTrustedDocumentRegistry, type TrustedDocumentRegistry } from './trusted-document.registry';
import { SCRYPT_COST } from './password.hasher';
import { openFileSigningKeyRing } from './signing-key.ring';

/** Optional collaborators of `openIdentity`. */
export interface OpenIdentityOptions {
  log?: Log;
  /** The clock (tests inject one). */
  now?: () => number;
}

/** A running identity service. */
export interface OpenedIdentity {
  service: IdentityService;
  /** The `routes` handler to give `serveHttp`: the identity endpoints and the admin console's (`/admin/*`). */
  routes: IdentityRoutes;
  /** The administrators' work on accounts and clients. */
  admin: AdminConsole;
  /** The integrating systems' trusted documents and document policies (the gateway's trusted documents read them). */
  trustedDocuments: TrustedDocumentRegistry;
  orm: MikroORM;
  /** The identity database (its `clientUrl` reaches it with the ordinary driver). */
  database: SubgraphDatabase;
  /** True while the identity database answers (for `/readyz`). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** Opens the identity database, migrates it, seeds the demo accounts if configured, and builds the service. */
export async function openIdentity(config: IdentityConfig, options: OpenIdentityOptions = {}): Promise<OpenedIdentity> {
  const log = options.log ?? createLog('identity', config.logLevel);
  // A configured key is the operator's; otherwise the service owns the key ring under the data directory and may rotate it.
  const ring = config.accessTokenPrivateKeyPem ? null : openFileSigningKeyRing(join(config.dataDir, 'keys'), 'access-token', (options.now ?? Date.now)());
  const signingKeys = ring ? ring.current : loadAccessTokenKeys(config);
  const database = await openConfiguredDatabase(definition.name, config);
  let orm: MikroORM;
  try {
    orm = await openOrm({ name: definition.name, clientUrl: database.clientUrl, entities: definition.entities, migrationsPath: definition.migrationsPath, poolSize: config.poolSize });
  } catch (error) {
    await database.close();
    throw error;
  }
  const close = async () => {
    await orm.close(true);
    await database.close();
  };
  try {
    const service = createIdentityService({
      orm,
      signingKeys,
      ...(ring ? { previousKeys: ring.previous, newSigningKey: (at: number) => ring.rotate(at) } : {}),
      issuer: config.issuer,
      audience: config.audience,
      accessTokenTtlSeconds: config.accessTokenTtlSeconds,
      refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
      ...(options.now ? { now: options.now } : {}),
      ...(config.externalOidc ? { externalOidc: config.externalOidc } : {}),
      passwordCost: { ...SCRYPT_COST, logN: config.passwordHashLogN },
    });
    if (config.seedDemo) {
      const seeded = await seedDemoAccounts({ service, orm }, { password: config.demoPassword, dataDir: config.dataDir });
      if (seeded.accounts.length > 0) log.info('demo accounts created', { accounts: seeded.accounts });
      if (seeded.clientsFile) log.info('demo client secrets written', { file: seeded.clientsFile, clients: seeded.clients.map((c) => c.clientId) });
    }
    const passwordCost = { ...SCRYPT_COST, logN: config.passwordHashLogN };
    const admin = createAdminConsole({ orm, keys: service, now: options.now ?? Date.now, passwordCost });
    const identity = identityRoutes(service, log);
    const administration = adminRoutes(admin, service, log);
    return {
      service,
      routes: async (req, res, info) => (await identity(req, res, info)) || administration(req, res, info),
      admin,
      trustedDocuments: createTrustedDocumentRegistry(orm, options.now),
      orm,
      database,
      ready: async () => {
        try {
          return await orm.isConnected();
        } catch {
          return false;
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
