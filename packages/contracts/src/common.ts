import { z } from 'zod';

/**
 * Integer cents (R-MON-1), at most 10 billion euros a field: far above any real amount, and far enough
 * below 2^53 that sums of many of them stay exact.
 */
export const MAX_AMOUNT = 1_000_000_000_000;
export const Money = z.number().int().min(-MAX_AMOUNT).max(MAX_AMOUNT);
export const NonNegativeMoney = Money.min(0);

/** A percentage with at most two decimals, 0 to 100. */
export const Percent = z
  .number()
  .min(0)
  .max(100)
  .refine(
    (value) =>
      Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
    {
      message: 'at most two decimals',
    },
  );

export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/**
 * One line of text without control characters, for what HQ looks up or stores as it is: nobody types or
 * scans them, and PostgreSQL cannot store NUL in text (a NUL in a SKU or a search answered 500).
 */
export const Printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^\P{Cc}*$/u, 'printable characters only');

/** Codes and ids people type or scan: short, printable, no surprises. */
export const Code = Printable(64);

export const Address = z.object({
  name: Printable(200),
  street: Printable(200),
  postalCode: Printable(20),
  city: Printable(100),
  country: Printable(2).length(2),
});
export type Address = z.infer<typeof Address>;

/** Every 4xx Kassa answers: a stable code, the rule it enforces, a message naming the field. */
export const ErrorReply = z.object({
  code: z.string(),
  message: z.string(),
  rule: z.string().optional(),
  field: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  permission: z.string().optional(),
});
export type ErrorReply = z.infer<typeof ErrorReply>;

/** The error replies a route may answer, by status, for its OpenAPI description. */
export function errorReplies<const S extends number>(...statuses: S[]): Record<S, typeof ErrorReply> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorReply])) as Record<S, typeof ErrorReply>;
}
