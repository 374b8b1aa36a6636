/**
 * The services of the stack: the four agency subgraphs (name, environment prefix, default port),
 * the gateway and the portal.
 */
export const SUBGRAPHS = [
  { name: 'civil-affairs', key: 'civilAffairs', envPrefix: 'CIVIL_AFFAIRS', defaultPort: 4001 },
  { name: 'public-security', key: 'publicSecurity', envPrefix: 'PUBLIC_SECURITY', defaultPort: 4002 },
  { name: 'womens-federation', key: 'womensFederation', envPrefix: 'WOMENS_FEDERATION', defaultPort: 4003 },
  { name: 'foreign-affairs', key: 'foreignAffairs', envPrefix: 'FOREIGN_AFFAIRS', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export type StackProcessName = SubgraphName | 'gateway' | 'portal';

export interface StackPorts {
  civilAffairs?: number;
  publicSecurity?: number;
  womensFederation?: number;
  foreignAffairs?: number;
  gateway?: number;
  portal?: number;
}
