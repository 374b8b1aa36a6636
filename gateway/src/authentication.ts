/**
 * The seam where the gateway decides who is calling. Every caller is anonymous until the trust
 * layer arrives: it will verify the user's or integrating system's token here and return the
 * verified claims. Nothing else in the gateway looks at identity headers, and the subgraphs only
 * ever see what this function returns, inside a token the gateway signs.
 */
import { type IncomingMessage } from 'node:http';
import { ANONYMOUS, type Caller } from '@lifeline/subgraph-runtime';

/** Resolves the caller of one HTTP request (may throw an `HttpError` such as 401). */
export type Authenticate = (req: IncomingMessage) => Promise<Caller>;

/**
 * Who is calling. For now always the anonymous caller: client-supplied headers such as
 * `x-user-id` are never trusted.
 */
export async function authenticate(_req: IncomingMessage): Promise<Caller> {
  return ANONYMOUS;
}
