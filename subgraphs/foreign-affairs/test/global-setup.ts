import { suiteGlobalSetup } from '@lifeline/subgraph-runtime/testing';
import { definition } from '../src/server';

export default suiteGlobalSetup(definition);
