/**
 * The `create-admin` process: `npm run create-admin -w @lifeline/gateway -- --username <name>`.
 * Reads the password (ADMIN_PASSWORD or standard input), opens the identity database the gateway
 * uses (same configuration variables), migrates it, and creates one administrator. It never
 * creates demo data. On the embedded database, stop the gateway first (one process at a time).
 */
import { openIdentity, readIdentityConfig, UserAccount } from '@lifeline/identity';
import { createLog } from '@lifeline/subgraph-runtime';
import { readAdminPassword } from './config';
import { checkAdminPassword, createAdministrator, CreateAdminError, parseCreateAdminArgs } from './create-admin.command';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (input is shown; prefer a pipe or ADMIN_PASSWORD), then Ctrl-D: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const request = parseCreateAdminArgs(process.argv.slice(2));
  const password = checkAdminPassword(readAdminPassword() ?? (await readStdin()), request.username);
  const config = { ...readIdentityConfig(), seedDemo: false };
  const identity = await openIdentity(config, { log: createLog('create-admin', 'warn') });
  try {
    await createAdministrator(
      {
        service: identity.service,
        usernameTaken: async (username) => (await identity.orm.em.fork().count(UserAccount, { username })) > 0,
      },
      request,
      password,
    );
  } finally {
    await identity.close();
  }
  console.log(`Administrator ${request.username} created. Sign in at the portal or POST /auth/login on the gateway.`);
}

main().catch((error: unknown) => {
  if (error instanceof CreateAdminError) {
    console.error(`create-admin: ${error.message}`);
  } else {
    const code = (error as { code?: unknown }).code;
    console.error(`create-admin failed: ${error instanceof Error ? error.name : 'error'}${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  process.exit(1);
});
