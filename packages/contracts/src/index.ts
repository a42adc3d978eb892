export * from './common.ts';
export * from './master-data.ts';
export * from './orders.ts';
