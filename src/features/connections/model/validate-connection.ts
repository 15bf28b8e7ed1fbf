import { backendFieldError, type FieldProblem } from '../../../lib/api-field-errors.ts';

/** Translation keys (namespace "connections") of what can be wrong with a connection's name. */
export type ConnectionNameError = 'form.nameRequired' | 'form.nameTooShort' | 'form.nameTaken';

/** As the backend checks it: required, at least 2 characters once trimmed. */
export function validateConnectionName(name: string): ConnectionNameError | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'form.nameRequired';
  if (trimmed.length < 2) return 'form.nameTooShort';
  return undefined;
}

const NAME_PROBLEMS: Partial<Record<FieldProblem, ConnectionNameError>> = {
  required: 'form.nameRequired',
  tooShort: 'form.nameTooShort',
  taken: 'form.nameTaken',
};

/** The backend's refusals of the name (400: duplicate, missing, too short), to show under the name field. */
export function nameErrorOfBackend(error: unknown): ConnectionNameError | undefined {
  const found = backendFieldError(error, ['name'] as const);
  return found && NAME_PROBLEMS[found.problem];
}
