/** Graph queries as a demo user straight to the shared stack's gateway: what a browser suite checks the screens against. */
import { demoPassword } from '../../src/config';
import { postGraphQL } from '../../src/graphql-request';
import { signIn } from '../../src/sign-in';
import { sharedStack } from './shared-stack';

/** A function that runs a query as a demo user (signing in each time) and answers its data, failing with the gateway's answer when there is none. */
export function graphAs(): <T>(username: string, query: string, variables?: Record<string, unknown>) => Promise<T> {
  const stack = sharedStack();
  const password = demoPassword();
  return async <T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const token = await signIn(stack.gatewayUrl, username, password);
    const res = await postGraphQL<T>(stack.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
    if (!res.data) throw new Error(`query failed: ${res.text.slice(0, 500)}`);
    return res.data;
  };
}
