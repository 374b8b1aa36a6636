export * from './telemetry-config';
export * from './telemetry';
export * from './tracing';
export * from './graphql-tracing-plugin';
