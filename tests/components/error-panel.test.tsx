import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorPanel } from '../../src/components/error-panel.tsx';
import en from '../../src/locales/en.json';
import ptBR from '../../src/locales/pt-BR.json';
import { renderWithApp } from './render.tsx';

describe('ErrorPanel', () => {
  it('shows the message as an error alert, without a retry button when there is nothing to retry', async () => {
    await renderWithApp(<ErrorPanel message="Não foi possível carregar os contatos." data-testid="contacts-error" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Não foi possível carregar os contatos.');
    expect(alert.getAttribute('data-testid')).toBe('contacts-error');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a retry in the current language, which calls onRetry once per click', async () => {
    const onRetry = vi.fn();
    const { user } = await renderWithApp(<ErrorPanel message="Falhou" onRetry={onRetry} />);
    const retry = screen.getByRole('button', { name: ptBR.errors.retry });
    expect(screen.getByRole('alert').contains(retry)).toBe(true);
    await user.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await user.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('labels the retry in English for an English user', async () => {
    await renderWithApp(<ErrorPanel message="Failed" onRetry={() => {}} />, { language: 'en' });
    expect(screen.getByRole('button', { name: en.errors.retry })).toBeTruthy();
    expect(en.errors.retry).not.toBe(ptBR.errors.retry);
  });
});
