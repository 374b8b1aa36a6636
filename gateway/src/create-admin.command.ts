/**
 * `create-admin`: how an operator creates the first administrator of a deployment that has no
 * demo accounts. The password comes from ADMIN_PASSWORD or standard input, never from the command
 * line (argv shows in `ps` and shell history). Everything is checked before the identity database
 * is opened, so a bad input changes nothing.
 */
import { ACCOUNT_NAME_PATTERN, type IdentityService } from '@lifeline/identity';
import { ROLES } from '@lifeline/subgraph-runtime';

/** A refusal of the command; its message names the problem and is safe to print. */
export class CreateAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CreateAdminError';
  }
}

/** What the command was asked to create. */
export interface CreateAdminRequest {
  username: string;
  displayName: string;
  jurisdiction: string | null;
  orgUnit: string | null;
}

export const CREATE_ADMIN_USAGE =
  'Usage: npm run create-admin -w @lifeline/gateway -- --username <name> [--display-name <text>] [--jurisdiction <code>] [--org-unit <id>]\n' +
  'The password is read from ADMIN_PASSWORD, else from standard input (e.g. `printf %s "$PASSWORD" | npm run create-admin ...`).';

/** The shortest password an administrator may have. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

/** Passwords an administrator may never have: the demo's. */
const DEMO_PASSWORDS = new Set(['lifeline-demo']);

const OPTIONS = new Map<string, keyof CreateAdminRequest>([
  ['--username', 'username'],
  ['--display-name', 'displayName'],
  ['--jurisdiction', 'jurisdiction'],
  ['--org-unit', 'orgUnit'],
]);

/** Reads the command line (`--name value` or `--name=value`). */
export function parseCreateAdminArgs(argv: readonly string[]): CreateAdminRequest {
  const values: Partial<Record<keyof CreateAdminRequest, string>> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--password') {
      throw new CreateAdminError('Never pass a password on the command line: set ADMIN_PASSWORD or give it on standard input.');
    }
    const key = OPTIONS.get(flag);
    if (!key) throw new CreateAdminError(`Unknown argument ${JSON.stringify(flag.slice(0, 40))}.\n${CREATE_ADMIN_USAGE}`);
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value.startsWith('--')) throw new CreateAdminError(`${flag} needs a value.\n${CREATE_ADMIN_USAGE}`);
    values[key] = value;
  }
  const username = values.username?.trim().toLowerCase();
  if (!username) throw new CreateAdminError(`--username is required.\n${CREATE_ADMIN_USAGE}`);
  if (!ACCOUNT_NAME_PATTERN.test(username)) {
    throw new CreateAdminError('--username must be 2 to 64 lower-case letters, digits, ".", "_" or "-", starting and ending with a letter or digit.');
  }
  const displayName = (values.displayName ?? '系统管理员').trim();
  if (displayName.length === 0 || displayName.length > 100 || /[\p{Cc}\p{Cf}]/u.test(displayName)) {
    throw new CreateAdminError('--display-name must be 1 to 100 characters with no control or invisible characters.');
  }
  return { username, displayName, jurisdiction: values.jurisdiction ?? null, orgUnit: values.orgUnit ?? null };
}

/** Checks the administrator's password; returns it without the one trailing newline a pipe adds. */
export function checkAdminPassword(raw: string, username: string): string {
  const password = raw.replace(/\r?\n$/, '');
  if (password.length === 0) {
    throw new CreateAdminError('No password given: set ADMIN_PASSWORD or give it on standard input.');
  }
  if (password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new CreateAdminError(`The password must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters long.`);
  }
  if (DEMO_PASSWORDS.has(password) || password.toLowerCase() === username) {
    throw new CreateAdminError('The password may be neither the demo password nor the username.');
  }
  return password;
}

/** Creates the administrator account; refuses a username that is taken, changing nothing. */
export async function createAdministrator(
  identity: { service: IdentityService; usernameTaken(username: string): Promise<boolean> },
  request: CreateAdminRequest,
  password: string,
): Promise<void> {
  if (await identity.usernameTaken(request.username)) {
    throw new CreateAdminError(`An account named ${request.username} exists already; nothing was changed.`);
  }
  await identity.service.createUserAccount({
    username: request.username,
    password,
    displayName: request.displayName,
    agency: 'OVERSIGHT',
    roles: [ROLES.ADMIN],
    jurisdiction: request.jurisdiction,
    orgUnit: request.orgUnit,
  });
}
