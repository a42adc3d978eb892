import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: the bearer token a register presents. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** Only this is stored: a copy of the database does not let anyone act as a signed-in register. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');
