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
});
