import { screen, waitFor } from '@testing-library/react';
import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it, vi } from 'vitest';
import { useErrorText } from '../../src/hooks/use-error-text.ts';
import { useFormState, type FieldMessages } from '../../src/hooks/use-form-state.ts';
import { toApiFailure } from '../../src/lib/api-errors.ts';
import ptBR from '../../src/locales/pt-BR.json';
import { renderWithApp } from './render.tsx';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
/** The error the API client rejects with when the backend answers `status` with `data`. */
const httpError = (status: number, data: unknown) =>
  new AxiosError('failed', 'ERR_BAD_REQUEST', config, {}, { status, data, statusText: '', headers: {}, config });

type Field = 'name' | 'email';
type Key = 'nameRequired' | 'nameTooShort' | 'emailInvalid' | 'emailTaken';
interface Values {
  name: string;
  email: string;
}
const FIELDS: readonly Field[] = ['name', 'email'];

function validate(values: Values): FieldMessages<Field, Key> {
  const errors: FieldMessages<Field, Key> = {};
  if (values.name.trim() === '') errors.name = { key: 'nameRequired' };
  else if (values.name.trim().length < 2) errors.name = { key: 'nameTooShort', values: { min: 2 } };
  if (!values.email.includes('@')) errors.email = { key: 'emailInvalid' };
  return errors;
}

/** The backend's refusals about a field: the email's with a sentence of the form's, the name's with its own. */
function serverFieldError(error: unknown) {
  const failure = toApiFailure(error);
  if (failure.kind !== 'http') return undefined;
  if (failure.error === 'ERR_EMAIL_TAKEN') return { field: 'email' as const, message: { key: 'emailTaken' as const } };
  if (failure.error === 'Nome recusado') return { field: 'name' as const, message: { backend: true as const } };
  return undefined;
}

/** A form as the dialogs build one: each field with its error under it, the form's error above. */
function Probe({ save, initial }: { save: (values: Values) => Promise<void>; initial: Values }) {
  const { errorText } = useErrorText();
  const form = useFormState({
    initial: () => initial,
    validate,
    fieldOrder: FIELDS,
    serverFieldError,
    text: ({ key, values }) => `${key}${values?.min ?? ''}`,
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(save);
      }}
    >
      {form.formError && <p role="alert">{errorText(form.formError.error)}</p>}
      {FIELDS.map((field) => (
        <p key={field}>
          <input
            aria-label={field}
            ref={form.fieldRef(field)}
            value={form.values[field]}
            onChange={(event) => form.change(field, event.target.value)}
          />
          <span data-testid={`${field}-error`}>{form.errorOf(field)}</span>
        </p>
      ))}
      <button type="submit">Salvar</button>
    </form>
  );
}

async function renderProbe(save: (values: Values) => Promise<void>, initial: Values = { name: '', email: '' }) {
  const rendered = await renderWithApp(<Probe save={save} initial={initial} />);
  const input = (field: Field) => screen.getByRole('textbox', { name: field });
  const errorOf = (field: Field) => screen.getByTestId(`${field}-error`).textContent;
  const submit = () => rendered.user.click(screen.getByRole('button', { name: 'Salvar' }));
  return { ...rendered, input, errorOf, submit };
}

describe('useFormState', () => {
  it('says nothing before the first save; a save with errors shows each, focuses the first, saves nothing', async () => {
    const save = vi.fn(async () => {});
    const { user, input, errorOf, submit } = await renderProbe(save);
    await user.type(input('name'), ' ');
    expect([errorOf('name'), errorOf('email')]).toEqual(['', '']);

    await submit();
    expect([errorOf('name'), errorOf('email')]).toEqual(['nameRequired', 'emailInvalid']);
    expect(document.activeElement).toBe(input('name'));
    expect(save).not.toHaveBeenCalled();
  });

  it('from the first save on, the errors follow the typing; the focus goes to the first field still wrong', async () => {
    const save = vi.fn(async () => {});
    const { user, input, errorOf, submit } = await renderProbe(save);
    await submit();
    await user.type(input('name'), 'A');
    expect([errorOf('name'), errorOf('email')]).toEqual(['nameTooShort2', 'emailInvalid']);
    await user.type(input('name'), 'na');
    expect(errorOf('name')).toBe('');

    await submit();
    expect(document.activeElement).toBe(input('email'));
    expect(save).not.toHaveBeenCalled();
  });

  it('a valid save gets the values as typed; nothing is left to show after it', async () => {
    const save = vi.fn(async () => {});
    const { input, errorOf, submit } = await renderProbe(save, { name: 'Ana', email: 'ana@example.com' });
    expect(input('name')).toHaveProperty('value', 'Ana');
    await submit();
    expect(save).toHaveBeenCalledExactlyOnceWith({ name: 'Ana', email: 'ana@example.com' });
    expect([errorOf('name'), errorOf('email'), screen.queryByRole('alert')]).toEqual(['', '', null]);
  });

  it('a refusal naming a field lands on it, focused, in the form’s words or the backend’s, until it changes', async () => {
    const save = vi
      .fn<(values: Values) => Promise<void>>()
      .mockRejectedValueOnce(httpError(400, { error: 'ERR_EMAIL_TAKEN' }))
      .mockRejectedValueOnce(httpError(400, { error: 'Nome recusado' }));
    const { user, input, errorOf, submit } = await renderProbe(save, { name: 'Ana', email: 'ana@example.com' });

    await submit();
    await waitFor(() => expect(errorOf('email')).toBe('emailTaken'));
    expect(document.activeElement).toBe(input('email'));
    expect(screen.queryByRole('alert')).toBeNull();
    // Another field changes: the refusal stays; its own field changes: it goes.
    await user.type(input('name'), 'x');
    expect(errorOf('email')).toBe('emailTaken');
    await user.type(input('email'), 'x');
    expect(errorOf('email')).toBe('');

    // No sentence of the form's for it: the backend's own.
    await submit();
    await waitFor(() => expect(errorOf('name')).toBe('Nome recusado'));
    expect(document.activeElement).toBe(input('name'));
    expect(input('name')).toHaveProperty('value', 'Anax');
  });

  it('any other refusal belongs to the whole form, until the next save', async () => {
    const save = vi
      .fn<(values: Values) => Promise<void>>()
      .mockRejectedValueOnce(httpError(500, {}))
      .mockResolvedValueOnce();
    const { errorOf, submit } = await renderProbe(save, { name: 'Ana', email: 'ana@example.com' });
    await submit();
    expect((await screen.findByRole('alert')).textContent).toBe(ptBR.errors.server);
    expect([errorOf('name'), errorOf('email')]).toEqual(['', '']);
    await submit();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(save).toHaveBeenCalledTimes(2);
  });
});

/** Checks that find more than each field's message (as a queue's weekdays): read as the form says. */
interface Found {
  fields: FieldMessages<Field, Key>;
  /** Problems outside the fields. */
  other: string[];
}

function OtherProbe({ save, other }: { save: () => Promise<void>; other: string[] }) {
  const form = useFormState({
    initial: () => ({ name: 'Ana', email: 'ana@example.com' }),
    validate: (values: Values): Found => ({ fields: validate(values), other }),
    fieldErrors: (found) => found.fields,
    hasErrors: (found) => Object.keys(found.fields).length > 0 || found.other.length > 0,
    focusOther: () => document.getElementById('other')?.focus(),
    fieldOrder: FIELDS,
    serverFieldError,
    text: ({ key }) => key,
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(save);
      }}
    >
      <input aria-label="name" ref={form.fieldRef('name')} value={form.values.name} readOnly />
      <span data-testid="name-error">{form.errorOf('name')}</span>
      <button id="other" type="button">
        {form.errors?.other.join(', ')}
      </button>
      <button type="submit">Salvar</button>
    </form>
  );
}

describe('useFormState, checks that find more than the fields', () => {
  it('problems outside the fields stop the save too, and the focus goes where the form says', async () => {
    const save = vi.fn(async () => {});
    const { user } = await renderWithApp(<OtherProbe save={save} other={['segunda: horário incompleto']} />);
    expect(document.getElementById('other')?.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(document.getElementById('other')?.textContent).toBe('segunda: horário incompleto');
    expect(document.activeElement).toBe(document.getElementById('other'));
    expect(screen.getByTestId('name-error').textContent).toBe('');
    expect(save).not.toHaveBeenCalled();
  });

  it('with nothing found, the save runs', async () => {
    const save = vi.fn(async () => {});
    const { user } = await renderWithApp(<OtherProbe save={save} other={[]} />);
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(save).toHaveBeenCalledOnce();
  });
});
