/**
 * Who may read what in the civil-affairs subgraph, as one table. graphql-shield denies anything
 * not listed here. Every request reaching a resolver already carries a verified internal token
 * from the gateway (the HTTP edge refuses others with 401).
 */
import { allow, rule, type IRules } from 'graphql-shield';
import { type SubgraphContext } from './context';

/** The request came through the gateway with a verified caller. */
const viaGateway = rule({ cache: 'contextual' })((_parent, _args, ctx: SubgraphContext) => typeof ctx.requestId === 'string');

export const permissions: IRules = {
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    person: viaGateway,
    persons: viaGateway,
    station: viaGateway,
    stations: viaGateway,
    rescueCase: viaGateway,
  },
  _Service: { sdl: viaGateway },
  Person: viaGateway,
  Station: viaGateway,
  RescueCase: viaGateway,
  RescueCaseEvent: viaGateway,
  PersonConnection: allow,
  PersonEdge: allow,
  PageInfo: allow,
};
