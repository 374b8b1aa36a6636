export { startStack, readinessUrl, type RunningStack, type StartStackOptions } from './stack';
export { SUBGRAPHS, type StackPorts, type StackProcessName, type SubgraphName } from './stack-services';
export { resetServerDatabases } from './server-databases';
export { descendantsOf, isAlive } from './process-tree';
export { postGraphQL, type GraphQLHttpResponse } from './graphql-request';
export { testDatabaseUrl } from './config';
export * from './headline-operations';
export { signIn, callerOfAccessToken } from './sign-in';
export { demoPassword } from './config';
