import { expect } from 'vitest';
import type { Reply } from './system.ts';

/**
 * The body of a reply the test asserts has `status`, failing as an assertion with the body as its message
 * (a refusal's code and text show in the report). For a step on the way to what a test checks, `bodyOf`
 * in system.ts throws with the step's name instead, also outside a test (the bench).
 */
export function expectStatus<T>(reply: Reply<T>, status: number): T {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  return reply.body;
}
