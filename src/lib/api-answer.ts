import type * as z from 'zod/mini';

/**
 * The backend answered 2xx with something the contract does not describe: a wrong apiUrl serving a proxy's
 * page, another backend version. Shown as an error with a retry, like any failed request.
 */
export class UnexpectedAnswerError extends Error {
  constructor(what: string) {
    super(`Unexpected answer to ${what}`);
    this.name = 'UnexpectedAnswerError';
  }
}

/** Checks a backend answer against its schema; `what` names the request (`GET /contacts`) for the error. */
export function parseAnswer<T>(schema: z.ZodMiniType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new UnexpectedAnswerError(what);
  return parsed.data;
}
