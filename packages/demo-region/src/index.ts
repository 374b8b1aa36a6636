/**
 * @lifeline/demo-region: a deterministic, entirely synthetic demo region (the fictional city of
 * 江临市) from which each agency subgraph's seeder takes its slice.
 */
export { DEFAULT_DEMO_SEED, buildDemoRegion } from './demo-region.builder';
export { DEMO_NOW_ENV, defaultDemoNow, demoRegionAnchor } from './demo-anchor.config';
export type * from './demo-region.types';
export { demoPersonFacts, type DemoPersonFacts } from './person-facts';
export { namePinyin } from './person.generator';
export { CARE_ZONE_NAMES } from './rescue-case.generator';
