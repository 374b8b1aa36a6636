/**
 * The exchange's operator commands for one agency, with that agency's configuration (the same
 * environment as its subgraph):
 *
 *   exchange <definition module> reconcile <source>   report drift between the source's events and
 *                                                     this agency's projection of them (exit 1 on drift)
 *   exchange <definition module> rebuild <source>     empty the projection and forget the source's
 *                                                     applied events, so the next start applies the
 *                                                     source's whole feed again
 *
 * Rebuild needs the agency's subgraph stopped (a running consumer keeps its place in memory); so
 * does reconcile on the embedded database (one process may open it). Reconcile reads the source's
 * feed, so the source agency must be running.
 */
import { resolve } from 'node:path';
import { readSubgraphConfig } from '../config/env';
import { openConfiguredDatabase } from '../database/database';
import { openOrm } from '../database/orm';
import { EXCHANGE_AGENCIES, type ExchangeAgency } from '../exchange/event-catalog';
import { readFeed } from '../exchange/embedded-transport';
import { feedUrl } from '../exchange/exchange-runtime';
import { exchangeKeys } from '../exchange/exchange-token';
import { hasDrift, rebuildProjection, reconcileProjection } from '../exchange/maintenance';
import { forgetNatsDurable } from '../exchange/nats-transport';
import { type SubgraphDefinition } from '../subgraph';

const USAGE = 'usage: exchange <definition module> <reconcile|rebuild> <source agency>';

async function isRunning(host: string, port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const [modulePath, command, sourceArg] = process.argv.slice(2);
  if (!modulePath || !command || !sourceArg || !['reconcile', 'rebuild'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { definition } = require(resolve(modulePath)) as { definition: SubgraphDefinition<never> };
  if (!(EXCHANGE_AGENCIES as readonly string[]).includes(sourceArg)) {
    console.error(`${sourceArg} is not an agency: one of ${EXCHANGE_AGENCIES.join(', ')}`);
    return 2;
  }
  const source = sourceArg as ExchangeAgency;
  const projection = definition.exchange?.projections?.[source];
  if (!projection) {
    const known = Object.keys(definition.exchange?.projections ?? {});
    console.error(`${definition.name} keeps no projection of ${source}'s events${known.length ? ` (it keeps: ${known.join(', ')})` : ''}`);
    return 2;
  }
  const config = readSubgraphConfig(definition.name, definition.defaultPort);
  const running = await isRunning(config.host, config.port);
  if (running && (command === 'rebuild' || !config.databaseUrl)) {
    console.error(`${definition.name} is running on ${config.host}:${config.port}: stop it first (${command === 'rebuild' ? 'a running consumer keeps its place in memory' : 'its embedded database is open'})`);
    return 2;
  }
  const database = await openConfiguredDatabase(definition.name, { ...config, poolSize: 2 });
  const orm = await openOrm({ name: definition.name, clientUrl: database.clientUrl, entities: definition.entities, migrationsPath: definition.migrationsPath, poolSize: 2 });
  try {
    const em = orm.em.fork();
    if (command === 'reconcile') {
      const feed = readFeed({ url: feedUrl(config.peerUrls[source]), reader: definition.name, source, key: exchangeKeys(config.dataDir, definition.name) });
      const report = await reconcileProjection(em, source, projection, feed, exchangeKeys(config.dataDir, source).publicKey);
      console.log(JSON.stringify(report, null, 2));
      console.log(
        hasDrift(report)
          ? `drift: ${report.missing.length} missing, ${report.unexpected.length} unexpected, ${report.differing.length} differing (rebuild to repair)`
          : `no drift: ${report.rowsStored} rows agree with ${report.eventsRead} events of ${source} through position ${report.appliedThrough}`,
      );
      return hasDrift(report) ? 1 : 0;
    }
    const report = await rebuildProjection(em, source, projection);
    const forgotNats = config.natsUrl ? await forgetNatsDurable(config.natsUrl, definition.name, source) : false;
    console.log(JSON.stringify({ ...report, ...(config.natsUrl ? { natsDurableForgotten: forgotNats } : {}) }, null, 2));
    console.log(`rebuilt: ${definition.name} applies the events of ${source} from the first when it next starts`);
    return 0;
  } finally {
    await orm.close(true);
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
