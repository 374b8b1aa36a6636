/**
 * The gateway's seam (its `Authenticate` function) filled in: the caller of a request is whoever
 * its `Authorization: Bearer` access token proves. A request without one is anonymous (the
 * subgraphs' policies allow it next to nothing); a request with a token that does not verify is
 * answered 401 with an RFC 6750 challenge, never downgraded to anonymous.
 */
import { type IncomingMessage } from 'node:http';
import { ANONYMOUS, HttpError, type Caller } from '@lifeline/subgraph-runtime';
import { type IdentityService } from './identity.service';

/** Resolves the caller of one HTTP request, or throws `HttpError` 401. */
export type BearerAuthenticator = (req: IncomingMessage) => Promise<Caller>;

const CHALLENGE = 'Bearer realm="lifeline"';

/** Builds the gateway's authenticate function over the identity service. */
export function bearerAuthenticator(service: Pick<IdentityService, 'verifyAccessToken'>): BearerAuthenticator {
  return async (req) => {
    const header = req.headers.authorization;
    if (header === undefined || header.trim() === '') return ANONYMOUS;
    const match = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
    if (!match) throw new HttpError(401, 'Expected a Bearer access token', { 'www-authenticate': `${CHALLENGE}, error="invalid_request"` });
    try {
      return await service.verifyAccessToken(match[1]!);
    } catch {
      throw new HttpError(401, 'Invalid or expired access token', { 'www-authenticate': `${CHALLENGE}, error="invalid_token"` });
    }
  };
}
