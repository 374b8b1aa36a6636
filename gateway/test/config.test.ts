import { readGatewayConfig } from '../src/config';

describe('the gateway configuration', () => {
  it('defaults to port 4000 on 127.0.0.1, production mode, and the subgraph URLs of schema/subgraphs.json', () => {
    const config = readGatewayConfig({});
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
    expect(readGatewayConfig({}).subgraphPolicies['foreign-affairs']).toEqual({
      timeoutMs: 5_000,
      maxInFlight: 100,
      breakerFailures: 5,
      breakerCooldownMs: 10_000,
    });
    const config = readGatewayConfig({
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
});
