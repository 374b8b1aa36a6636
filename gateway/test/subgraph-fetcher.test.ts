import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { createSubgraphFetcher } from '../src/subgraph-fetcher';

describe('the subgraph fetcher', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  const fetcher = createSubgraphFetcher();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/slow') return void setTimeout(() => res.end('{}'), 2_000);
        res.writeHead(req.url === '/refuse' ? 401 : 200, { 'content-type': 'application/json', 'x-seen': req.headers.authorization ?? '' });
        res.end(JSON.stringify({ echo: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
      });
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    fetcher.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body with its headers and reads status, headers and JSON back over one kept-alive connection', async () => {
    const before = connections;
    for (let i = 0; i < 5; i += 1) {
      const res = await fetcher.fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body: JSON.stringify({ n: i }) });
      expect(res.ok).toBe(true);
      expect(res.headers.get('Content-Type')).toBe('application/json');
      expect(res.headers.get('x-seen')).toBe('Bearer t');
      expect(await res.json()).toEqual({ echo: { n: i } });
    }
    expect(connections - before).toBe(1);
  });

  it('answers a refusal as a response that is not ok, with its body', async () => {
    const res = await fetcher.fetch(`${url}/refuse`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.ok).toBe(false);
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('{"echo":{}}');
  });

  it('rejects when aborted and when nothing listens', async () => {
    const controller = new AbortController();
    const slow = fetcher.fetch(`${url}/slow`, { method: 'POST', body: '{}', signal: controller.signal });
    controller.abort(new Error('deadline passed'));
    await expect(slow).rejects.toThrow('deadline passed');
    await expect(fetcher.fetch('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
