export * from './event-catalog';
export * from './exchange.entities';
export * from './outbox';
export * from './consumer';
export * from './transport';
export * from './embedded-transport';
export * from './exchange-token';
export * from './exchange-runtime';
