import { describeSensitivityClassification } from '@lifeline/subgraph-runtime/testing';
import { definition } from './server';

describeSensitivityClassification(definition);
