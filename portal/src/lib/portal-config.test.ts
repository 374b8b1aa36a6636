import { readPortalConfig } from './portal-config';

describe('the portal’s configuration', () => {
  it('defaults to the local gateway', () => {
    expect(readPortalConfig({})).toEqual({
      gatewayUrl: 'http://127.0.0.1:4000/graphql',
      gatewayBaseUrl: 'http://127.0.0.1:4000/',
      gatewayTimeoutMs: 15000,
      sessionMaxAgeSeconds: 28800,
    });
  });

  it('takes the gateway URL and timeout from the environment', () => {
    expect(readPortalConfig({ GATEWAY_URL: 'https://hub.example/graphql', GATEWAY_TIMEOUT_MS: '5000' })).toEqual({
      gatewayUrl: 'https://hub.example/graphql',
      gatewayBaseUrl: 'https://hub.example/',
      gatewayTimeoutMs: 5000,
      sessionMaxAgeSeconds: 28800,
    });
  });

  it('finds the identity endpoints under the gateway’s base path', () => {
    expect(readPortalConfig({ GATEWAY_URL: 'https://hub.example/lifeline/graphql' }).gatewayBaseUrl).toBe('https://hub.example/lifeline/');
  });

  it('names the variable that is wrong', () => {
    expect(() => readPortalConfig({ GATEWAY_URL: 'not a url' })).toThrow(/GATEWAY_URL/);
    expect(() => readPortalConfig({ GATEWAY_URL: 'ftp://hub/graphql' })).toThrow(/GATEWAY_URL/);
    expect(() => readPortalConfig({ GATEWAY_TIMEOUT_MS: 'soon' })).toThrow(/GATEWAY_TIMEOUT_MS/);
  });
});
