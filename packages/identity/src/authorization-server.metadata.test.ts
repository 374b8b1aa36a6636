import { type IncomingMessage } from 'node:http';
import { SCOPES } from '@lifeline/subgraph-runtime';
import { authorizationServerMetadata, endpointBase } from './authorization-server.metadata';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const PATHS = { token: '/oauth/token', jwks: '/.well-known/jwks.json' };

describe('the authorization server metadata', () => {
  it('puts the endpoints under the issuer when the issuer is a URL, as RFC 8414 has it', () => {
    const base = endpointBase('https://lifeline.example.org/', request({ host: 'evil.example' }));
    expect(base).toBe('https://lifeline.example.org');
    expect(authorizationServerMetadata('https://lifeline.example.org/', base!, PATHS)).toMatchObject({
      issuer: 'https://lifeline.example.org/',
      token_endpoint: 'https://lifeline.example.org/oauth/token',
      jwks_uri: 'https://lifeline.example.org/.well-known/jwks.json',
    });
  });

  it('puts them under the host asked for when the issuer is a plain name, https when the proxy says so', () => {
    expect(endpointBase('lifeline', request({ host: '127.0.0.1:4000' }))).toBe('http://127.0.0.1:4000');
    expect(endpointBase('lifeline', request({ host: 'lifeline.example.org', 'x-forwarded-proto': 'https' }))).toBe('https://lifeline.example.org');
    expect(endpointBase('lifeline', request({ host: '[::1]:4000' }))).toBe('http://[::1]:4000');
  });

  it('refuses a Host header that is no host name', () => {
    for (const host of ['', 'a b', 'x.org/evil', 'x.org@y.org', '"quoted"']) expect(endpointBase('lifeline', request({ host }))).toBeNull();
  });

  it('lists every scope of the scope table, and only the client-credentials grant', () => {
    const metadata = authorizationServerMetadata('lifeline', 'http://127.0.0.1:4000', PATHS);
    expect(metadata.scopes_supported).toEqual(Object.keys(SCOPES));
    expect(metadata.grant_types_supported).toEqual(['client_credentials']);
    expect(metadata.response_types_supported).toEqual([]);
  });
});
