/**
 * Reading what a user typed into a master-data form as the values HQ takes: every field that cannot be
 * one gets a problem before HQ is asked, each shown at its field (texts under `masterData.problems`).
 * The limits are HQ's own (packages/contracts/src/master-data.ts), so what passes here HQ accepts, except
 * what only HQ can know (whether a code exists).
 */
import { parseMoney } from '@kassa/web-kit/format/money-input.ts';

export type Problem =
  | 'required'
  | 'tooLong'
  | 'printable'
  | 'percent'
  | 'amount'
  | 'email'
  | 'phone'
  | 'country'
  | 'password'
  | 'quantity'
  | 'timeZone'
  | 'choose';

/** Problems by field name, as HQ names fields (`address.city`, `addresses[0].city`). */
export type Problems = Readonly<Record<string, Problem>>;

export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: Problems };

const CONTROL = /\p{Cc}/u;

/** A reader collects the first problem of each field while the form's values are read. */
export interface FormReader {
  /** Required text of at most `max` characters, trimmed (a code is 64). */
  text(field: string, value: string, max?: number): string;
  /** Optional text: empty is null. */
  optionalText(field: string, value: string, max?: number): string | null;
  /** 0 to 100 with at most two decimals, a point or a comma (R-MON-4's VAT rates). */
  percent(field: string, value: string): number;
  /** Euros as typed (12,50 or 12.50) as cents (R-MON-1). */
  amount(field: string, value: string): number;
  /** A whole number from 0 up to ten million. */
  quantity(field: string, value: string): number;
  optionalEmail(field: string, value: string): string | null;
  optionalPhone(field: string, value: string): string | null;
  /** Two letters (ISO 3166), upper case. */
  country(field: string, value: string): string;
  timeZone(field: string, value: string): string;
  /** 8 to 200 characters, exactly as typed; empty is undefined unless `required`. */
  password(field: string, value: string, required: boolean): string | undefined;
  /** One of a few options was chosen. */
  chosen(field: string, value: string): string;
  /** The values read, or every problem found. */
  done<T>(value: T): Read<T>;
}

export function formReader(): FormReader {
  const problems: Record<string, Problem> = {};
  const problem = (field: string, found: Problem) => {
    problems[field] ??= found;
  };
  const optionalText = (field: string, value: string, max = 200): string | null => {
    const trimmed = value.trim();
    if (trimmed === '') return null;
    if (trimmed.length > max) problem(field, 'tooLong');
    else if (CONTROL.test(trimmed)) problem(field, 'printable');
    return trimmed;
  };
  return {
    text(field, value, max = 200) {
      const read = optionalText(field, value, max);
      if (read === null) problem(field, 'required');
      return read ?? '';
    },
    optionalText,
    percent(field, value) {
      const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*$/.exec(value);
      const read = match ? Number(`${match[1]}.${match[2] ?? '0'}`) : Number.NaN;
      if (!(read >= 0 && read <= 100)) problem(field, 'percent');
      return read;
    },
    amount(field, value) {
      const read = parseMoney(value);
      if (read === undefined) problem(field, 'amount');
      return read ?? 0;
    },
    quantity(field, value) {
      const match = /^\s*(\d{1,8})\s*$/.exec(value);
      const read = match ? Number(match[1]) : Number.NaN;
      if (!(read >= 0 && read <= 10_000_000)) problem(field, 'quantity');
      return read;
    },
    optionalEmail(field, value) {
      const read = optionalText(field, value, 254);
      if (read !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(read)) problem(field, 'email');
      return read;
    },
    optionalPhone(field, value) {
      const read = optionalText(field, value, 40);
      if (read !== null && !/^\+?[\d\s().-]{3,}$/.test(read)) problem(field, 'phone');
      return read;
    },
    country(field, value) {
      const read = value.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(read)) problem(field, 'country');
      return read;
    },
    timeZone(field, value) {
      const read = value.trim();
      try {
        if (read === '') throw new RangeError('empty');
        new Intl.DateTimeFormat('en', { timeZone: read });
      } catch {
        problem(field, 'timeZone');
      }
      return read;
    },
    password(field, value, required) {
      if (value === '') {
        if (required) problem(field, 'password');
        return undefined;
      }
      if (value.length < 8 || value.length > 200) problem(field, 'password');
      return value;
    },
    chosen(field, value) {
      if (value === '') problem(field, 'choose');
      return value;
    },
    done<T>(value: T): Read<T> {
      return Object.keys(problems).length > 0
        ? { ok: false, problems: { ...problems } }
        : { ok: true, value };
    },
  };
}

/** A percentage as the form shows it: 21, 12.5. */
export const percentInput = (value: number) => String(value);
