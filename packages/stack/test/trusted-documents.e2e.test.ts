/**
 * Trusted documents through the real gateway process and identity database of the shared stack:
 * every document of the portal's build is known there by its id and runs as its text does; a demo
 * integrating system registers its own documents at /trusted-documents and runs them by id, which
 * no other system can; civil affairs' demo system, whose record opts in, registers by automatic
 * persisted queries, and a system that did not opt in is told so.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trustedDocumentHash } from '@lifeline/identity';
import { REPO_ROOT } from '../src/config';
import { clientCaller, gatewayCaller } from './support/graph';
import { sharedStack } from './support/shared-stack';

type Answer = { status: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } };

/** The manifest `npm run codegen` wrote beside the portal's documents, which the stack's gateway loaded. */
const PORTAL_MANIFEST = JSON.parse(readFileSync(join(REPO_ROOT, 'portal', 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;

describe('trusted documents through the real gateway', () => {
  const stack = sharedStack();
  const staff = gatewayCaller();
  const systems = clientCaller();

  async function post(body: Record<string, unknown>, token: string): Promise<Answer> {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  }
  const byId = (sha256Hash: string, extra: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } }, variables: {}, ...extra });
  const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);

  it('knows every document of the portal’s build by its id (each found, none run: the operation named is not in it)', async () => {
    const token = await staff.token('center.staff');
    const ids = Object.keys(PORTAL_MANIFEST).map((key) => key.replace(/^sha256:/, ''));
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      const answer = await post(byId(id, { operationName: 'NotAnOperationOfTheDocument' }), token);
      expect([id, codes(answer)]).toEqual([id, ['OPERATION_RESOLUTION_FAILURE']]);
    }
  });

  it('runs a document of the portal’s build by its id for staff, as its text would run', async () => {
    const token = await staff.token('center.staff');
    const [key, text] = Object.entries(PORTAL_MANIFEST).find(([, body]) => body.startsWith('query Stations('))!;
    const byText = await post({ query: text, variables: {} }, token);
    const byHash = await post(byId(key.replace(/^sha256:/, '')), token);
    expect(byHash.body.errors).toBeUndefined();
    const ids = (answer: Answer) => (answer.body.data?.stations as Array<{ id: string }>).map((station) => station.id);
    expect(ids(byHash).length).toBeGreaterThan(0);
    expect(ids(byHash)).toEqual(ids(byText));
  });

  it('lets a system register its documents and run them by id, which another system cannot', async () => {
    const text = `query PartnerStations { stations { id name } run${randomUUID().replace(/-/g, '')}: stations { id } }`;
    const id = trustedDocumentHash(text);
    const owner = await systems.token('public-security-system');
    const registered = await fetch(new URL('/trusted-documents', stack.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner}` },
      body: JSON.stringify({ [`sha256:${id}`]: text }),
    });
    expect(registered.status).toBe(200);
    expect(await registered.json()).toMatchObject({ registered: 1, alreadyRegistered: 0, limit: 500 });
    const listed = (await (await fetch(new URL('/trusted-documents', stack.gatewayUrl), { headers: { authorization: `Bearer ${owner}` } })).json()) as {
      documents: Array<{ sha256Hash: string; query: string; registeredVia: string }>;
    };
    expect(listed.documents).toContainEqual(expect.objectContaining({ sha256Hash: id, query: text, registeredVia: 'MANIFEST' }));

    const ran = await post(byId(id), owner);
    expect(ran.body.errors).toBeUndefined();
    expect((ran.body.data?.stations as unknown[]).length).toBeGreaterThan(0);
    const other = await post(byId(id), await systems.token('womens-federation-system'));
    expect([other.status, codes(other)]).toEqual([200, ['PERSISTED_QUERY_NOT_FOUND']]);
  });

  it('lets the system that opted in register by automatic persisted query, and tells one that did not', async () => {
    const text = `query AutomaticPersons { persons(first: 1) { totalCount } run${randomUUID().replace(/-/g, '')}: stations { id } }`;
    const id = trustedDocumentHash(text);
    const optedIn = await systems.token('civil-affairs-system');
    expect(codes(await post(byId(id), optedIn))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const sent = await post(byId(id, { query: text }), optedIn);
    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.data?.persons).toEqual({ totalCount: expect.any(Number) });
    const again = await post(byId(id), optedIn);
    expect(again.body.errors).toBeUndefined();

    const notOptedIn = await post(byId(trustedDocumentHash(`${text} `), { query: `${text} ` }), await systems.token('foreign-affairs-system'));
    expect([notOptedIn.status, codes(notOptedIn)]).toEqual([200, ['PERSISTED_QUERY_NOT_SUPPORTED']]);
  });
});
