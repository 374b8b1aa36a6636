export * from './client';
export * from './signature';
export * from './sync';
