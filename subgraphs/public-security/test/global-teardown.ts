export { suiteGlobalTeardown as default } from '@lifeline/subgraph-runtime/testing';
