import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { applyPersonFacts, openTestSubgraph, suiteGlobalSetup } from '@lifeline/subgraph-runtime/testing';
import { definition } from '../src/server';

/** The demo region, plus civil affairs' person events applied as its feed would deliver them. */
export default async function setup(): Promise<void> {
  await suiteGlobalSetup(definition)();
  const subgraph = await openTestSubgraph(definition, process.env.TEST_DATABASE_URL!);
  await applyPersonFacts(subgraph.orm, definition.name, demoPersonFacts(buildDemoRegion()));
  await subgraph.close();
  delete (globalThis as Record<string, unknown>)['mikro-orm-metadata'];
}
