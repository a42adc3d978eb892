import type { ErrorReply } from '@kassa/contracts';

/** The server did not answer at all (network down, server stopped): status 0. */
export const SERVER_UNREACHABLE = 'SERVER_UNREACHABLE';

/**
 * A failed call to the server's API as the screens use it: `code` picks the translation, `field` the input
 * it is shown next to, `message` is the server's own words for when no translation exists.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly rule: string | undefined;
  /** Values a translated message may name, such as the minutes to wait. */
  readonly details: Readonly<Record<string, string | number>>;

  constructor(status: number, reply: ErrorReply) {
    super(reply.message);
    this.status = status;
    this.code = reply.code;
    this.field = reply.field;
    this.rule = reply.rule;
    this.details = reply.details ?? {};
  }
}

const isErrorReply = (body: unknown): body is ErrorReply =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as ErrorReply).code === 'string' &&
  typeof (body as ErrorReply).message === 'string';

/** The error a reply that is not 2xx stands for; a body that is not Kassa's error (a proxy's page) too. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorReply(body)) return new ApiError(response.status, body);
  return new ApiError(response.status, {
    code: `HTTP_${response.status}`,
    message: `the server answered ${response.status} ${response.statusText}`.trim(),
  });
}

export const serverUnreachable = (cause: unknown) =>
  new ApiError(0, {
    code: SERVER_UNREACHABLE,
    message: `the server cannot be reached (${cause instanceof Error ? cause.message : String(cause)})`,
  });

/** Which of a form's fields an error names, if any: there it is shown; otherwise above the form. */
export function fieldOf<Field extends string>(
  error: ApiError | null | undefined,
  fields: readonly Field[],
): Field | undefined {
  return fields.find((field) => field === error?.field);
}

/**
 * Each of a form's fields an error names, as an error of its own: the field it names, and every field its
 * details give a reason for (HQ refuses all invalid Commerce parameters at once that way, R-PAR-1).
 */
export function errorsByField<Field extends string>(
  error: ApiError | null | undefined,
  fields: readonly Field[],
): Partial<Record<Field, Pick<ApiError, 'code' | 'field' | 'message' | 'details'>>> {
  const found: Partial<Record<Field, Pick<ApiError, 'code' | 'field' | 'message' | 'details'>>> = {};
  if (!error) return found;
  for (const field of fields) {
    const reason = error.details[field];
    if (typeof reason === 'string') found[field] = { code: error.code, field, message: reason, details: {} };
    else if (error.field === field) found[field] = error;
  }
  return found;
}
