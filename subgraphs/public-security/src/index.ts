import { readSubgraphConfig, runSubgraphProcess } from '@lifeline/subgraph-runtime';
import { definition } from './server';

runSubgraphProcess(definition, readSubgraphConfig(definition.name, definition.defaultPort));
