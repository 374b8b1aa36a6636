/**
 * Calling the shared stack's gateway as a demo account, signing each account in once per suite.
 */
import { demoPassword } from '../../src/config';
import { postGraphQL, type GraphQLHttpResponse } from '../../src/graphql-request';
import { signIn } from '../../src/sign-in';
import { sharedStack } from './shared-stack';

export type AsUser = <T>(username: string, query: string, variables?: Record<string, unknown>) => Promise<GraphQLHttpResponse<T>>;

/** A caller of `gatewayUrl` (default: the shared stack's) that signs each user in on first use. */
export function gatewayCaller(gatewayUrl: () => string = () => sharedStack().gatewayUrl): { as: AsUser; token: (username: string) => Promise<string> } {
  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    let value = tokens.get(username);
    if (!value) {
      value = await signIn(gatewayUrl(), username, demoPassword());
      tokens.set(username, value);
    }
    return value;
  };
  const as: AsUser = async (username, query, variables = {}) =>
    postGraphQL(gatewayUrl(), query, variables, { authorization: `Bearer ${await token(username)}` });
  return { as, token };
}
