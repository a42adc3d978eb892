export * from './common.ts';
export * from './distributed-payloads.ts';
export * from './distribution.ts';
export * from './distribution-state.ts';
export * from './master-data.ts';
export * from './orders.ts';
export * from './store-pos.ts';
