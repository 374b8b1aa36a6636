/**
 * @lifeline/demo-region: a deterministic, entirely synthetic demo region (the fictional city of
 * 江临市) from which each agency subgraph's seeder takes its slice.
 */
export { DEFAULT_DEMO_SEED, buildDemoRegion, defaultDemoNow, demoRegionAnchor } from './demo-region.builder';
export type * from './demo-region.types';
