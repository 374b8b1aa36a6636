/**
 * The gateway process: read the configuration, load the supergraph and the signing key, listen,
 * and stop cleanly on SIGINT/SIGTERM. The only file of the gateway with side effects.
 */
import { readFileSync } from 'node:fs';
import { bearerAuthenticator, openIdentity, readIdentityConfig } from '@lifeline/identity';
import { createLog, ServiceMetrics, startTelemetry } from '@lifeline/subgraph-runtime';
import { ConfigurationError, readGatewayConfig } from './config';
import { loadInternalSigningKey } from './internal-signing-key';
import { serveGateway } from './server';

async function main(): Promise<void> {
  const config = readGatewayConfig();
  const log = createLog('gateway', config.logLevel);
  // Tracing first (when configured), so every span of the gateway's work is exported.
  const telemetry = await startTelemetry(config.telemetry);
  // The identity endpoints (login, refresh, logout, client credentials, JWKS) and token checks.
  const identity = await openIdentity(readIdentityConfig(), { log });
  const gateway = await serveGateway({
    authenticate: bearerAuthenticator(identity.service),
    routes: identity.routes,
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    subgraphPolicies: config.subgraphPolicies,
    costBudget: config.costBudget,
    signingKey: loadInternalSigningKey(config),
    mode: config.mode,
    log,
    host: config.host,
    port: config.port,
    metrics: new ServiceMetrics('gateway'),
  });
  log.info('listening', { url: gateway.url, mode: config.mode, subgraphs: Object.keys(config.subgraphUrls) });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    Promise.all([gateway.close(), identity.close()]).then(() => telemetry.shutdown()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    // Built from variable names and fixed advice only, never from values: safe to print whole.
    console.error(`[gateway] failed to start: ${error.message}`);
    process.exit(1);
  }
  // The class and code tell an operator what failed; a message may carry SQL or values.
  const code = (error as { code?: unknown }).code;
  console.error(`[gateway] failed to start: ${error instanceof Error ? error.name : 'error'}${typeof code === 'string' ? ` (${code})` : ''}`);
  process.exit(1);
});
