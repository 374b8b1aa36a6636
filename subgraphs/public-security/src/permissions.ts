/**
 * Who may read what in the public-security subgraph, as one table; anything not listed is denied.
 */
import { rule, type IRules } from 'graphql-shield';
import { type SubgraphContext } from './context';

/** The request came through the gateway with a verified caller. */
const viaGateway = rule({ cache: 'contextual' })((_parent, _args, ctx: SubgraphContext) => typeof ctx.requestId === 'string');

export const permissions: IRules = {
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    identityCheck: viaGateway,
    identityChecks: viaGateway,
  },
  _Service: { sdl: viaGateway },
  Person: viaGateway,
  Station: viaGateway,
  IdentityCheck: viaGateway,
  BiometricSample: viaGateway,
};
