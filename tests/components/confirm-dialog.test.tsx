import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../src/components/confirm-dialog.tsx';
import ptBR from '../../src/locales/pt-BR.json';
import { renderWithApp } from './render.tsx';

/** The error the API client rejects with when the backend answers `status` with `{ error }`. */
function backendError(status: number, error: string): AxiosError {
  const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
  return new AxiosError(
    `Request failed with status code ${status}`,
    AxiosError.ERR_BAD_REQUEST,
    config,
    {},
    {
      status,
      statusText: String(status),
      data: { error },
      headers: {},
      config,
    },
  );
}

/** The area around the dialog's card (MUI's backdrop click target). */
function besideTheDialog(): HTMLElement {
  const container = document.querySelector<HTMLElement>('.MuiDialog-container');
  if (!container) throw new Error('no open dialog');
  return container;
}

/** A promise the test settles when it wants: the action is "in flight" until then. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const TEXTS = {
  title: 'Excluir contato?',
  body: 'Maria Silva e suas conversas serão removidas.',
  confirmLabel: 'Excluir',
  cancelLabel: 'Cancelar',
};

function renderDialog(onConfirm: () => Promise<void>, onClose = vi.fn()) {
  const rendered = renderWithApp(
    <ConfirmDialog {...TEXTS} onConfirm={onConfirm} onClose={onClose} testId="delete-contact" />,
  );
  return rendered.then((result) => ({ ...result, onClose }));
}

describe('ConfirmDialog', () => {
  it('is an alert dialog named by its title and described by its body, with the focus on cancel', async () => {
    await renderDialog(async () => {});
    const dialog = screen.getByRole('alertdialog', { name: 'Excluir contato?' });
    const describedBy = dialog.getAttribute('aria-describedby');
    expect(describedBy && document.getElementById(describedBy)?.textContent).toBe(
      'Maria Silva e suas conversas serão removidas.',
    );
    // The safe choice has the focus: Enter straight away does not destroy anything.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancelar' })));
  });

  it('runs the action once, busy and impossible to dismiss while it runs; the caller closes it on success', async () => {
    const action = deferred();
    const onConfirm = vi.fn(() => action.promise);
    const onClose = vi.fn();
    // As the pages use it: mounted while open, unmounted by the caller once the action has succeeded.
    function Caller() {
      const [open, setOpen] = useState(true);
      if (!open) return <p>Contato excluído</p>;
      const confirmAndClose = async () => {
        await onConfirm();
        setOpen(false);
      };
      return <ConfirmDialog {...TEXTS} onConfirm={confirmAndClose} onClose={onClose} testId="delete-contact" />;
    }
    const { user } = await renderWithApp(<Caller />);
    await user.click(screen.getByRole('button', { name: 'Excluir' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Cancelar' }).disabled).toBe(true),
    );
    expect(screen.getByTestId<HTMLButtonElement>('delete-contact-confirm').disabled).toBe(true);
    // A click beside the dialog (which closes it otherwise) does nothing while the action runs.
    await user.click(besideTheDialog());

    action.resolve();
    expect(await screen.findByText('Contato excluído')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal, translated, keeps the dialog open and lets the user try again", async () => {
    const onConfirm = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(backendError(403, 'ERR_NO_PERMISSION'))
      .mockResolvedValueOnce(undefined);
    const { user, onClose } = await renderDialog(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Excluir' }));

    const error = await screen.findByTestId('delete-contact-error');
    expect(error.textContent).toBe(ptBR.errors.codes.ERR_NO_PERMISSION);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByTestId<HTMLButtonElement>('delete-contact-confirm').disabled).toBe(false);

    // Trying again clears the old error at once.
    await user.click(screen.getByRole('button', { name: 'Excluir' }));
    expect(onConfirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByTestId('delete-contact-error')).toBeNull());
  });

  it('shows a backend sentence it has no translation for as the backend wrote it', async () => {
    const onConfirm = () => Promise.reject(backendError(400, 'Contato vinculado a um ticket aberto'));
    const { user } = await renderDialog(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Excluir' }));
    expect((await screen.findByTestId('delete-contact-error')).textContent).toBe(
      'Contato vinculado a um ticket aberto',
    );
  });

  it('closes on cancel, on Escape and on a click beside it when nothing is running', async () => {
    const onConfirm = vi.fn(async () => {});
    const { user, onClose } = await renderDialog(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.click(besideTheDialog());
    expect(onClose).toHaveBeenCalledTimes(3);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
