export * from './common.ts';
export * from './distribution.ts';
export * from './master-data.ts';
export * from './orders.ts';
