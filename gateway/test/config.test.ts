import { generateKeyPairSync } from 'node:crypto';
import { ConfigurationError, readGatewayConfig } from '../src/config';

/** A fresh EC P-256 private key as PEM, as an operator would supply it. */
function privateKeyPem(): string {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Keys supplied by configuration: all production needs. */
const PRODUCTION_KEYS = { INTERNAL_TOKEN_PRIVATE_KEY: privateKeyPem(), ACCESS_TOKEN_PRIVATE_KEY: privateKeyPem() };

/** The production refusal for an environment, or undefined when the gateway would start. */
function refusal(env: NodeJS.ProcessEnv): string | undefined {
  try {
    readGatewayConfig(env);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
}

describe('the gateway configuration', () => {
  it('defaults to port 4000 on 127.0.0.1, production mode, and the subgraph URLs of schema/subgraphs.json', () => {
    const config = readGatewayConfig({ ...PRODUCTION_KEYS });
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.mode).toBe('production');
    expect(config.subgraphUrls).toEqual({
      'civil-affairs': 'http://127.0.0.1:4001/graphql',
      'public-security': 'http://127.0.0.1:4002/graphql',
      'womens-federation': 'http://127.0.0.1:4003/graphql',
      'foreign-affairs': 'http://127.0.0.1:4004/graphql',
    });
    expect(config.supergraphPath).toMatch(/schema[\\/]supergraph\.graphql$/);
  });

  it('builds a subgraph URL from its port variable, and prefers an explicit URL', () => {
    const config = readGatewayConfig({
      GATEWAY_PORT: '5000',
      WOMENS_FEDERATION_PORT: '5003',
      CIVIL_AFFAIRS_URL: 'http://10.0.0.7:8080/graphql',
      CIVIL_AFFAIRS_PORT: '5001',
      LIFELINE_MODE: 'development',
    });
    expect(config.port).toBe(5000);
    expect(config.mode).toBe('development');
    expect(config.subgraphUrls['womens-federation']).toBe('http://127.0.0.1:5003/graphql');
    expect(config.subgraphUrls['civil-affairs']).toBe('http://10.0.0.7:8080/graphql');
  });

  it('refuses bad values with a message naming each variable', () => {
    expect(() => readGatewayConfig({ GATEWAY_PORT: 'http', PUBLIC_SECURITY_PORT: '99999', LIFELINE_MODE: 'staging' })).toThrow(
      /GATEWAY_PORT[\s\S]*LIFELINE_MODE[\s\S]*PUBLIC_SECURITY_PORT/,
    );
  });

  it('gives every subgraph a deadline, an in-flight cap and a breaker, a few seconds by default, one subgraph overridable', () => {
    expect(readGatewayConfig({ LIFELINE_MODE: 'demo' }).subgraphPolicies['foreign-affairs']).toEqual({
      timeoutMs: 5_000,
      maxInFlight: 100,
      breakerFailures: 5,
      breakerCooldownMs: 10_000,
    });
    const config = readGatewayConfig({
      LIFELINE_MODE: 'demo',
      SUBGRAPH_TIMEOUT_MS: '2000',
      FOREIGN_AFFAIRS_TIMEOUT_MS: '800',
      SUBGRAPH_MAX_IN_FLIGHT: '8',
      SUBGRAPH_BREAKER_FAILURES: '3',
      SUBGRAPH_BREAKER_COOLDOWN_MS: '1500',
    });
    expect(config.subgraphPolicies['foreign-affairs']).toEqual({ timeoutMs: 800, maxInFlight: 8, breakerFailures: 3, breakerCooldownMs: 1_500 });
    expect(config.subgraphPolicies['civil-affairs']).toEqual({ timeoutMs: 2_000, maxInFlight: 8, breakerFailures: 3, breakerCooldownMs: 1_500 });
  });

  it('refuses a deadline or cap that is not a sane whole number, naming the variable', () => {
    expect(() => readGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '0' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
    expect(() => readGatewayConfig({ SUBGRAPH_MAX_IN_FLIGHT: 'lots' })).toThrow(/SUBGRAPH_MAX_IN_FLIGHT/);
    expect(() => readGatewayConfig({ CIVIL_AFFAIRS_TIMEOUT_MS: '5s' })).toThrow(/CIVIL_AFFAIRS_TIMEOUT_MS: must be a whole number/);
  });

  describe('in production mode (the default)', () => {
    it('starts with both signing keys supplied by configuration, one-line PEMs with \\n escapes included', () => {
      expect(refusal({ LIFELINE_MODE: 'production', ...PRODUCTION_KEYS })).toBeUndefined();
      const oneLine = PRODUCTION_KEYS.INTERNAL_TOKEN_PRIVATE_KEY.replace(/\n/g, '\\n');
      const config = readGatewayConfig({ ...PRODUCTION_KEYS, INTERNAL_TOKEN_PRIVATE_KEY: oneLine });
      expect(config.internalTokenPrivateKeyPem).toBe(PRODUCTION_KEYS.INTERNAL_TOKEN_PRIVATE_KEY);
    });

    it('refuses to start without the internal-token signing key, saying what to set', () => {
      const message = refusal({ ACCESS_TOKEN_PRIVATE_KEY: PRODUCTION_KEYS.ACCESS_TOKEN_PRIVATE_KEY });
      expect(message).toMatch(/LIFELINE_MODE=production/);
      expect(message).toMatch(/INTERNAL_TOKEN_PRIVATE_KEY is not set: set it to the PEM of the EC P-256 private key/);
      expect(message).toMatch(/INTERNAL_TOKEN_PUBLIC_KEY/);
      expect(message).not.toMatch(/ACCESS_TOKEN_PRIVATE_KEY is not set/);
    });

    it('refuses to start without the access-token signing key, saying what to set', () => {
      const message = refusal({ INTERNAL_TOKEN_PRIVATE_KEY: PRODUCTION_KEYS.INTERNAL_TOKEN_PRIVATE_KEY });
      expect(message).toMatch(/ACCESS_TOKEN_PRIVATE_KEY is not set: set it to the PEM/);
      expect(message).not.toMatch(/INTERNAL_TOKEN_PRIVATE_KEY is not set/);
    });

    it('refuses to seed demo data, naming SEED_DEMO', () => {
      expect(refusal({ ...PRODUCTION_KEYS, SEED_DEMO: 'true' })).toMatch(/SEED_DEMO=true: .*Remove SEED_DEMO \(or set SEED_DEMO=false\)/);
      expect(refusal({ ...PRODUCTION_KEYS, SEED_DEMO: 'false' })).toBeUndefined();
    });

    it('refuses a demo password, pointing at the create-admin command', () => {
      const message = refusal({ ...PRODUCTION_KEYS, DEMO_PASSWORD: 'lifeline-demo' });
      expect(message).toMatch(/DEMO_PASSWORD is set: .*Remove DEMO_PASSWORD/);
      expect(message).toMatch(/npm run create-admin -w @lifeline\/gateway -- --username <name>/);
      expect(message).not.toContain('lifeline-demo');
    });

    it('lists every refusal at once, and never prints a key', () => {
      const message = refusal({ SEED_DEMO: 'true', DEMO_PASSWORD: 'secret-demo' })!;
      expect(message.match(/^ {2}- /gm)).toHaveLength(4);
      expect(message).not.toContain('secret-demo');
    });

    it('refuses a signing key that is not an EC P-256 private key', () => {
      const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      expect(refusal({ ...PRODUCTION_KEYS, INTERNAL_TOKEN_PRIVATE_KEY: rsa })).toMatch(/INTERNAL_TOKEN_PRIVATE_KEY: must be the PEM of an EC P-256 private key/);
      expect(refusal({ ...PRODUCTION_KEYS, INTERNAL_TOKEN_PRIVATE_KEY: 'not a key' })).toMatch(/INTERNAL_TOKEN_PRIVATE_KEY: must be/);
    });
  });

  it('traces as lifeline-gateway only when the OTEL_* variables configure an exporter, and names a bad one', () => {
    expect(readGatewayConfig({ ...PRODUCTION_KEYS }).telemetry.enabled).toBe(false);
    expect(readGatewayConfig({ ...PRODUCTION_KEYS, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).telemetry).toEqual({
      enabled: true,
      serviceName: 'lifeline-gateway',
      exporter: 'otlp',
      protocol: 'http/protobuf',
      propagators: ['tracecontext', 'baggage'],
    });
    expect(refusal({ ...PRODUCTION_KEYS, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toContain('OTEL_EXPORTER_OTLP_PROTOCOL: ');
    expect(refusal({ ...PRODUCTION_KEYS, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_PROPAGATORS: 'b3' })).toContain('OTEL_PROPAGATORS: ');
  });

  it('runs only trusted documents for staff in production and takes their text in the demo and development, unless TRUSTED_DOCUMENTS says otherwise', () => {
    expect(readGatewayConfig({ ...PRODUCTION_KEYS }).trustedDocuments).toEqual({
      freeText: 'require',
      manifestPath: expect.stringMatching(/portal[\\/]src[\\/]gql[\\/]persisted-documents\.json$/),
      manifestPathConfigured: false,
      perClientLimit: 500,
    });
    expect(readGatewayConfig({ LIFELINE_MODE: 'demo' }).trustedDocuments.freeText).toBe('allow');
    expect(readGatewayConfig({ LIFELINE_MODE: 'development' }).trustedDocuments.freeText).toBe('allow');
    expect(readGatewayConfig({ LIFELINE_MODE: 'demo', TRUSTED_DOCUMENTS: 'require' }).trustedDocuments.freeText).toBe('require');
    const configured = readGatewayConfig({ ...PRODUCTION_KEYS, TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_MANIFEST: '/srv/portal/persisted-documents.json', TRUSTED_DOCUMENTS_PER_CLIENT: '50' });
    expect(configured.trustedDocuments).toEqual({ freeText: 'allow', manifestPath: '/srv/portal/persisted-documents.json', manifestPathConfigured: true, perClientLimit: 50 });
    expect(refusal({ ...PRODUCTION_KEYS, TRUSTED_DOCUMENTS: 'off', TRUSTED_DOCUMENTS_PER_CLIENT: '0' })).toMatch(/TRUSTED_DOCUMENTS:[\s\S]*TRUSTED_DOCUMENTS_PER_CLIENT:/);
  });

  it('starts in demo and development mode with the keys under the data directory and the demo data', () => {
    expect(refusal({ LIFELINE_MODE: 'demo', SEED_DEMO: 'true', DEMO_PASSWORD: 'lifeline-demo' })).toBeUndefined();
    expect(readGatewayConfig({ LIFELINE_MODE: 'development', SEED_DEMO: 'true' }).mode).toBe('development');
  });
});
