import { generatePassword, passwordProblem } from './password.policy';

describe('the password policy of accounts an administrator sets up', () => {
  const staff = { username: 'county.clerk', roles: ['STATION_STAFF'] };
  const admin = { username: 'second.admin', roles: ['ADMIN'] };

  it('asks 8 characters of staff and 12 of an administrator', () => {
    expect(passwordProblem('1234567', staff)).toBe('TOO_SHORT');
    expect(passwordProblem('12345678', staff)).toBeNull();
    expect(passwordProblem('12345678901', admin)).toBe('TOO_SHORT');
    expect(passwordProblem('123456789012', admin)).toBeNull();
  });

  it('refuses the demo password, the username and anything over 1024 characters', () => {
    expect(passwordProblem('lifeline-demo', staff)).toBe('DEMO_PASSWORD');
    expect(passwordProblem('County.Clerk', staff)).toBe('SAME_AS_USERNAME');
    expect(passwordProblem('x'.repeat(1025), staff)).toBe('TOO_LONG');
  });

  it('generates passwords that pass it for every role and differ each time', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(passwords.size).toBe(50);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
      expect(passwordProblem(password, admin)).toBeNull();
    }
  });
});
