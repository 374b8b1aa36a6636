import { hashPassword, needsRehash, verifyPassword } from './password.hasher';

describe('password hashes', () => {
  it('describe themselves (PHC scrypt, N = 2^15, r = 8, p = 1) and differ per account by their salt', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
  });

  it('verify the right password only', async () => {
    const stored = await hashPassword('correct horse');
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse ', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('treat an unreadable or absurdly expensive stored hash as no match', async () => {
    await expect(verifyPassword('x', 'plaintext')).resolves.toBe(false);
    await expect(verifyPassword('x', '$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).resolves.toBe(false);
  });

  it('tell when a hash was made at a lower cost than today’s', async () => {
    expect(needsRehash(await hashPassword('x'))).toBe(false);
    expect(needsRehash('$scrypt$ln=14,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
  });

  it('can be made at a configured lower cost (test runs), which still verifies and is upgraded at the default cost', async () => {
    const cheap = await hashPassword('correct horse', { logN: 10, r: 8, p: 1 });
    expect(cheap).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$/);
    await expect(verifyPassword('correct horse', cheap)).resolves.toBe(true);
    await expect(verifyPassword('wrong horse', cheap)).resolves.toBe(false);
    expect(needsRehash(cheap, { logN: 10, r: 8, p: 1 })).toBe(false);
    expect(needsRehash(cheap)).toBe(true);
  });
});
