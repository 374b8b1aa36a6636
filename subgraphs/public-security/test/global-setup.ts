import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { suiteGlobalSetup } from '@lifeline/subgraph-runtime/testing';
import { definition } from '../src/server';

/** The demo region, plus civil affairs' person events applied as its feed would deliver them to public security. */
export default suiteGlobalSetup(definition, { personFacts: () => demoPersonFacts(buildDemoRegion()) });
