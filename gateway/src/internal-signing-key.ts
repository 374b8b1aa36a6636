import { createPrivateKey } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateSigningKeys } from '@lifeline/subgraph-runtime';
import { type GatewayConfig } from './config';
import { type InternalSigningKey } from './subgraph.data-source';

/**
 * The key the gateway signs internal tokens with: the configured PEM, else the pair stored under
 * `<dataDir>/keys` (created on first start), which is where the subgraphs look for the public half.
 */
export function loadInternalSigningKey(config: Pick<GatewayConfig, 'internalTokenPrivateKeyPem' | 'internalTokenKeyId' | 'dataDir'>): InternalSigningKey {
  if (config.internalTokenPrivateKeyPem) {
    return { privateKey: createPrivateKey(config.internalTokenPrivateKeyPem), kid: config.internalTokenKeyId };
  }
  const { privateKey, kid } = loadOrCreateSigningKeys(join(config.dataDir, 'keys'), 'internal-token');
  return { privateKey, kid };
}
