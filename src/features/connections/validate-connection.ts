import { toApiFailure } from '../../lib/api-errors.ts';

/** Translation keys (namespace "connections") of what can be wrong with a connection's name. */
export type ConnectionNameError = 'form.nameRequired' | 'form.nameTooShort' | 'form.nameTaken';

/** As the backend checks it: required, at least 2 characters once trimmed. */
export function validateConnectionName(name: string): ConnectionNameError | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'form.nameRequired';
  if (trimmed.length < 2) return 'form.nameTooShort';
  return undefined;
}

const NAME_REFUSALS: ReadonlyArray<[RegExp, ConnectionNameError]> = [
  [/^Esse nome já está sendo utilizado/i, 'form.nameTaken'],
  [/^name is a required field/i, 'form.nameRequired'],
  [/^name must be at least/i, 'form.nameTooShort'],
];

/** The backend's refusals of the name (400: duplicate, missing, too short), to show under the name field. */
export function nameErrorOfBackend(error: unknown): ConnectionNameError | undefined {
  const failure = toApiFailure(error);
  if (failure.kind !== 'http' || failure.status !== 400 || failure.error === undefined) return undefined;
  const text = failure.error.trim();
  return NAME_REFUSALS.find(([pattern]) => pattern.test(text))?.[1];
}
