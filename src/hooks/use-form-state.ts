import { useRef, useState } from 'react';
import { useErrorText } from './use-error-text.ts';

/** What a form says under a field: a sentence of its own (a key and its values), or `backend`: the backend's. */
export type FieldMessage<K extends string = string> = { key: K; values?: Record<string, number> } | { backend: true };

/** Each field's message, for the fields in error. */
export type FieldMessages<F extends string, K extends string = string> = Partial<Record<F, FieldMessage<K>>>;

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

interface BaseOptions<V, F extends string, K extends string, E> {
  /** The values the form opens with (read once: a form dialog is rendered only while open). */
  initial: () => V;
  /** The form's checks (the backend's rules): shown from the first save on, and then after every change. */
  validate: (values: V) => E;
  /** The form's fields, top to bottom: the first one in error takes the focus. */
  fieldOrder: readonly F[];
  /** The field a refused save is about, when the backend's answer names one of the form's. */
  serverFieldError: (error: unknown) => { field: F; message: FieldMessage<K> } | undefined;
  /** The form's own sentence for a message (its namespace's `validation.<key>`). */
  text: (message: { key: K; values?: Record<string, number> }) => string;
}

/** How to read what `validate` finds when it is more than each field's message (a queue's weekdays). */
interface ErrorReading<F extends string, K extends string, E> {
  fieldErrors: (errors: E) => FieldMessages<F, K>;
  /** Whether the save stops. */
  hasErrors: (errors: E) => boolean;
  /** Where the focus goes when no field is in error but `hasErrors`. */
  focusOther?: (errors: E) => void;
}

export type FormStateOptions<V, F extends string, K extends string, E> = BaseOptions<V, F, K, E> &
  ([E] extends [FieldMessages<F, K>] ? Partial<ErrorReading<F, K, E>> : ErrorReading<F, K, E>);

export interface FormState<V, F extends string, E> {
  values: V;
  /** What `validate` finds in the values as they are; undefined until the first save. */
  errors: E | undefined;
  /** Sets one value; a backend refusal of that field goes with the old value. */
  change: <N extends keyof V>(field: N, value: V[N]) => void;
  /** The text under a field: the form's check, else the backend's refusal of it. */
  errorOf: (field: F) => string | undefined;
  /** The failure that belongs to the whole form (the failure, not its text: it follows a change of language). */
  formError: { error: unknown } | undefined;
  /** The ref callback for a field's input, so the focus can go to it. */
  fieldRef: (field: F) => (element: FieldElement | null) => void;
  /** A field's input, for event handlers (not during render). */
  elementOf: (field: F) => FieldElement | null;
  /**
   * Checks the values; when they pass, `save` runs with them. If it throws, the refusal lands on its field
   * (focused) or above the form. Nothing typed is lost.
   */
  submit: (save: (values: V) => Promise<void>) => Promise<void>;
}

/**
 * The state of a create/edit form dialog, the same for every form: its values, its checks from the first save
 * on, the backend's refusals on their field or above the form, and the focus on the first field in error.
 */
export function useFormState<V, F extends string, K extends string, E>(
  options: FormStateOptions<V, F, K, E>,
): FormState<V, F, E> {
  const { validate, fieldOrder, serverFieldError, text } = options;
  // Without a reading of its own, what `validate` finds is each field's message (the options' type says so).
  const fieldErrors = options.fieldErrors ?? ((errors: E) => errors as FieldMessages<F, K>);
  const hasErrors = options.hasErrors ?? ((errors: E) => Object.keys(fieldErrors(errors)).length > 0);
  const { errorText } = useErrorText();

  const [values, setValues] = useState<V>(options.initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<{ field: F; message: FieldMessage<K>; error: unknown }>();
  const [formError, setFormError] = useState<{ error: unknown }>();
  const elements = useRef<Partial<Record<F, FieldElement | null>>>({});

  const errors = submitted ? validate(values) : undefined;

  const ownText = (message: FieldMessage<K> | undefined) =>
    message && !('backend' in message) ? text(message) : undefined;
  const errorOf = (field: F) =>
    ownText(errors === undefined ? undefined : fieldErrors(errors)[field]) ??
    (serverError?.field === field ? (ownText(serverError.message) ?? errorText(serverError.error)) : undefined);

  const change = <N extends keyof V>(field: N, value: V[N]) => {
    setValues({ ...values, [field]: value });
    if (serverError?.field === (field as PropertyKey)) setServerError(undefined);
  };

  const focus = (field: F) => elements.current[field]?.focus();
  const focusFirst = (found: E) => {
    const messages = fieldErrors(found);
    const first = fieldOrder.find((field) => messages[field] !== undefined);
    if (first !== undefined) focus(first);
    else options.focusOther?.(found);
  };

  const submit = async (save: (values: V) => Promise<void>) => {
    setSubmitted(true);
    setFormError(undefined);
    setServerError(undefined);
    const found = validate(values);
    if (hasErrors(found)) {
      focusFirst(found);
      return;
    }
    try {
      await save(values);
    } catch (error) {
      const onField = serverFieldError(error);
      if (onField) {
        setServerError({ ...onField, error });
        focus(onField.field);
        return;
      }
      setFormError({ error });
    }
  };

  return {
    values,
    errors,
    change,
    errorOf,
    formError,
    fieldRef: (field) => (element) => {
      elements.current[field] = element;
    },
    elementOf: (field) => elements.current[field] ?? null,
    submit,
  };
}
