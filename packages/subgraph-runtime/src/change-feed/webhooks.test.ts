import { createHmac } from 'node:crypto';
import { newWebhookSecret, signWebhook, verifyWebhookSignature, webhookBackoffMs, webhookUrlProblem } from './webhooks';

describe('webhook signatures', () => {
  const secret = newWebhookSecret();
  const body = '{"changes":[]}';
  const now = 1_780_000_000_000;
  const header = signWebhook(secret, body, now / 1000);

  it('are HMAC-SHA256 of "<t>.<body>" with the secret, as a partner recomputes them', () => {
    expect(header).toBe(`t=${now / 1000},v1=${createHmac('sha256', secret).update(`${now / 1000}.${body}`).digest('hex')}`);
    expect(verifyWebhookSignature(secret, header, body, now)).toBe(true);
  });

  it.each([
    ['another body', secret, header, '{"changes":[1]}', now],
    ['another secret', newWebhookSecret(), header, body, now],
    ['a delivery replayed six minutes on', secret, header, body, now + 360_000],
    ['no header', secret, undefined, body, now],
    ['a malformed header', secret, 't=abc,v1=zz', body, now],
  ])('refuse %s', (_what, key, signature, payload, at) => {
    expect(verifyWebhookSignature(key, signature, payload, at)).toBe(false);
  });
});

describe('webhook URLs', () => {
  it.each([
    ['https://partner.example.com/hook', null],
    ['http://127.0.0.1:8080/hook', null],
    ['http://localhost/hook', null],
    ['http://partner.example.com/hook', 'https'],
    ['https://user:secret@partner.example.com/hook', 'password'],
    ['ftp://partner.example.com/hook', 'https'],
    ['not a url', 'absolute'],
    [`https://partner.example.com/${'a'.repeat(2000)}`, '2,000'],
  ])('%s: %s', (url, problem) => {
    const found = webhookUrlProblem(url);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

it('backs off 1 s, 2 s, 4 s, … up to 15 minutes', () => {
  expect([1, 2, 3, 4, 10, 11, 40].map((failures) => webhookBackoffMs(failures))).toEqual([1000, 2000, 4000, 8000, 512_000, 900_000, 900_000]);
});
