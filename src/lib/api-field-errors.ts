import { EMAIL_IN_USE, toApiFailure } from './api-errors.ts';

/*
 * The backend's refusals that are about one field of a form, mapped to that field once for every form. Every
 * sentence the backend sends is written once: here, or (when it is also a message of its own) in api-errors.ts.
 */

/** What the backend says is wrong with one field of a form. */
export type FieldProblem = 'required' | 'tooShort' | 'invalid' | 'taken';

export interface BackendFieldError<F extends string> {
  field: F;
  problem: FieldProblem;
  /** The backend's minimum length, for `tooShort`. */
  min?: number;
  /** The backend's own sentence, to show when the form has no translation of its own. */
  text: string;
}

/**
 * The backend's field refusals (400), written once for every form: its Yup messages ("<field> is a required
 * field", "<field> must be at least N characters", "<field> must be a valid email") and the refusals that
 * name no field in their words but are about one.
 */
const FIELD_SENTENCES: ReadonlyArray<{
  pattern: RegExp;
  problem: FieldProblem;
  field?: string;
}> = [
  { pattern: /^(\w+) is a required field$/i, problem: 'required' },
  { pattern: /^(\w+) must be at least (\d+) characters$/i, problem: 'tooShort' },
  { pattern: /^(\w+) must be a valid (?:email|\w+)$/i, problem: 'invalid' },
  { pattern: EMAIL_IN_USE, problem: 'taken', field: 'email' },
  { pattern: /^ERR_DUPLICATED_CONTACT$/, problem: 'taken', field: 'number' },
  { pattern: /^Esse nome já está sendo utilizado/i, problem: 'taken', field: 'name' },
  { pattern: /^ERR_INVALID_PROFILE$/, problem: 'invalid', field: 'profile' },
  // CreateQueueService / UpdateQueueService (ERR_QUEUE_INVALID_NAME: missing or under 2 characters).
  { pattern: /^ERR_QUEUE_INVALID_NAME$/, problem: 'invalid', field: 'name' },
  { pattern: /^ERR_QUEUE_NAME_ALREADY_EXISTS$/, problem: 'taken', field: 'name' },
  { pattern: /^ERR_QUEUE_INVALID_COLOR$/, problem: 'invalid', field: 'color' },
  { pattern: /^ERR_QUEUE_COLOR_ALREADY_EXISTS$/, problem: 'taken', field: 'color' },
];

/**
 * The field of `fields` a failed save is about, when the backend's 400 answer names one of them; anything
 * else (no connection, network, a field the form does not have) is undefined: show it for the whole form.
 */
export function backendFieldError<F extends string>(
  error: unknown,
  fields: readonly F[],
): BackendFieldError<F> | undefined {
  const failure = toApiFailure(error);
  if (failure.kind !== 'http' || failure.status !== 400 || failure.error === undefined) return undefined;
  const text = failure.error.trim();
  for (const sentence of FIELD_SENTENCES) {
    const match = sentence.pattern.exec(text);
    const field = sentence.field ?? match?.[1];
    if (!match || field === undefined) continue;
    const known = fields.find((candidate) => candidate.toLowerCase() === field.toLowerCase());
    if (known === undefined) return undefined;
    const min = sentence.problem === 'tooShort' ? Number(match[2]) : undefined;
    return { field: known, problem: sentence.problem, text, ...(min !== undefined && { min }) };
  }
  return undefined;
}
