export * from './errors.ts';
export * from './failure.ts';
export * from './http-server.ts';
export * from './ids.ts';
export * from './refusals.ts';
export * from './sqlite.ts';
export * from './transaction.ts';
export * from './web-app.ts';
