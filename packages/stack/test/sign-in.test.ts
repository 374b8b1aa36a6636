/**
 * Signing in from the tests and the benchmark: a connection reset before any answer (a kept-alive
 * connection reused as the server closed it) is tried once more; a refusal, or a second reset, is
 * not. Against a real HTTP server on the loopback that resets the connections it is told to.
 */
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { signIn } from '../src/sign-in';

/** A login endpoint that resets its first `resets` requests (TCP RST, no answer), then answers `status`. */
async function loginServer(resets: number, status = 200): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests += 1;
    req.resume();
    req.on('end', () => {
      if (requests <= resets) {
        req.socket.resetAndDestroy();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { accessToken: `token-${requests}` } : { error: 'INVALID_CREDENTIALS' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('signIn', () => {
  it('signs in again once when the connection is reset before any answer', async () => {
    const server = await loginServer(1);
    try {
      await expect(signIn(server.url, 'center.staff', 'pw')).resolves.toBe('token-2');
      expect(server.requests()).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('gives up after a second reset, and never repeats a refused sign-in', async () => {
    const resetting = await loginServer(5);
    const refusing = await loginServer(0, 401);
    try {
      await expect(signIn(resetting.url, 'center.staff', 'pw')).rejects.toMatchObject({ cause: { code: 'ECONNRESET' } });
      expect(resetting.requests()).toBe(2);
      await expect(signIn(refusing.url, 'center.staff', 'wrong')).rejects.toThrow('Signing center.staff in failed with HTTP 401.');
      expect(refusing.requests()).toBe(1);
    } finally {
      await resetting.close();
      await refusing.close();
    }
  });
});
