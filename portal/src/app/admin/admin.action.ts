'use server';
/**
 * The admin console's changes, as server actions: each goes to the identity service's admin
 * endpoint with the administrator's token; the service checks the role, the input and the
 * state, and records the step in its history. A one-time password or a new client secret comes
 * back once, for the page to show once.
 */
import { revalidatePath } from 'next/cache';
import { callIdentityAdmin, type AdminRefusal } from '@/session/identity-admin.client';

/** What a step answers the page: done (with a secret to show once, if the step made one), or why not. */
export type AdminStepOutcome = { ok: true; secret: string | null } | { ok: false; refusal: AdminRefusal };

/** Account and client names as the identity service accepts them in a path. */
const NAME = /^[a-z0-9][a-z0-9._-]{0,62}[a-z0-9]$/;

const BAD_NAME: AdminStepOutcome = { ok: false, refusal: { error: 'not_found' } };

async function step(path: string, body: unknown, secretOf: (answer: Record<string, unknown>) => unknown = () => null): Promise<AdminStepOutcome> {
  const answer = await callIdentityAdmin<Record<string, unknown>>('POST', path, body);
  if (!answer.ok) return { ok: false, refusal: answer.refusal };
  revalidatePath('/admin', 'layout');
  const secret = secretOf(answer.body);
  return { ok: true, secret: typeof secret === 'string' ? secret : null };
}

/** A new account's fields as the form sends them. */
export interface AccountInput {
  username: string;
  displayName: string;
  agency: string;
  orgUnit: string;
  jurisdiction: string;
  roles: string[];
  /** Empty: the service generates a one-time password. */
  password: string;
}

/** Creates an account; answers the generated password when none was given. */
export async function createAccount(input: AccountInput): Promise<AdminStepOutcome> {
  const { password, ...rest } = input;
  return step('accounts', { ...rest, ...(password ? { password } : {}) }, (body) => body.generatedPassword);
}

/** Changes an account's roles, jurisdiction and org unit. */
export async function changeAccountGrant(username: string, grant: { roles: string[]; jurisdiction: string; orgUnit: string }): Promise<AdminStepOutcome> {
  if (!NAME.test(username)) return BAD_NAME;
  return step(`accounts/${username}/grant`, grant);
}

/** Disables, enables or unlocks an account, or resets its password (answering the new one). */
export async function accountStep(username: string, action: 'disable' | 'enable' | 'unlock' | 'reset-password'): Promise<AdminStepOutcome> {
  if (!NAME.test(username)) return BAD_NAME;
  return step(`accounts/${username}/${action}`, {}, (body) => body.generatedPassword);
}

/** A new client's fields as the form sends them. */
export interface ClientInput {
  clientId: string;
  displayName: string;
  agency: string;
  orgUnit: string;
  jurisdiction: string;
  allowedScopes: string[];
  documentPolicy: string;
}

/** Registers an integrating system; answers its secret. */
export async function registerClient(input: ClientInput): Promise<AdminStepOutcome> {
  return step('clients', input, (body) => body.clientSecret);
}

/** Changes a client's scopes and document policy. */
export async function changeClientAccess(clientId: string, access: { allowedScopes: string[]; documentPolicy: string }): Promise<AdminStepOutcome> {
  if (!NAME.test(clientId)) return BAD_NAME;
  return step(`clients/${clientId}/access`, access);
}

/** Rotates a client's secret (answering the new one), disables or enables the client. */
export async function clientStep(clientId: string, action: 'rotate-secret' | 'disable' | 'enable'): Promise<AdminStepOutcome> {
  if (!NAME.test(clientId)) return BAD_NAME;
  return step(`clients/${clientId}/${action}`, {}, (body) => body.clientSecret);
}

/** Starts signing access tokens with a new key (the old one verifies until its tokens expire). */
export async function rotateSigningKey(): Promise<AdminStepOutcome> {
  return step('signing-keys/rotate', {});
}
