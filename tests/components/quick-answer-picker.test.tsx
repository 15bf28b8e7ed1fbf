import { useRef, useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QuickAnswerMenu, type QuickMessage } from '../../src/features/quick-messages/index.ts';
import { renderWithApp } from './render.tsx';

const ANSWERS: QuickMessage[] = [
  { id: 1, shortcode: 'ola', message: '{{ms}}, {{name}}! Como posso ajudar?', mediaPath: null, mediaName: null },
  { id: 2, shortcode: 'prazo', message: 'Prazo de 3 dias, {{firstName}}.', mediaPath: null, mediaName: null },
  {
    id: 3,
    shortcode: 'tabela',
    message: 'Segue a tabela',
    mediaPath: 'http://127.0.0.1:9/public/quickMessage/tabela.pdf',
    mediaName: 'tabela.pdf',
  },
];

/** A composer as the tickets feature will have one: Enter sends, the picker takes the keys while open. */
function Composer({
  answers,
  onSend,
  onPick,
}: {
  answers: QuickMessage[] | undefined;
  onSend: (text: string) => void;
  onPick: (text: string, answer: QuickMessage) => void;
}) {
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  return (
    <div>
      <QuickAnswerMenu
        text={text}
        context={{ contactName: 'Maria Silva', now: new Date(2025, 2, 14, 15, 0, 0) }}
        inputRef={inputRef}
        answers={answers}
        onPick={(filled, answer) => {
          setText(filled);
          onPick(filled, answer);
        }}
      />
      <textarea
        ref={inputRef}
        aria-label="Mensagem"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            onSend(text);
          }
        }}
      />
    </div>
  );
}

async function renderComposer(answers: QuickMessage[] | 'loading' = ANSWERS) {
  const onSend = vi.fn();
  const onPick = vi.fn();
  const rendered = await renderWithApp(
    <Composer answers={answers === 'loading' ? undefined : answers} onSend={onSend} onPick={onPick} />,
    {
      namespaces: ['quick-messages'],
    },
  );
  const input = screen.getByRole('textbox', { name: 'Mensagem' });
  return { ...rendered, input, onSend, onPick };
}

const options = () => within(screen.getByRole('listbox', { name: 'Respostas rápidas' })).getAllByRole('option');

describe('QuickAnswerPicker', () => {
  it('opens on "/", filters as one types, and Enter fills the composer with the variables replaced', async () => {
    const { user, input, onSend, onPick } = await renderComposer();
    expect(screen.queryByTestId('quick-answer-picker')).toBeNull();

    await user.click(input);
    await user.keyboard('/');
    expect(options().map((option) => option.textContent)).toEqual([
      expect.stringContaining('/ola'),
      expect.stringContaining('/prazo'),
      expect.stringContaining('/tabela'),
    ]);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(input?.getAttribute('aria-activedescendant')).toBe(options()[0]?.id);

    await user.keyboard('pr');
    expect(options()).toHaveLength(1);
    await user.keyboard('{Enter}');

    expect(onPick).toHaveBeenCalledWith('Prazo de 3 dias, Maria.', expect.objectContaining({ id: 2 }));
    expect((input as HTMLTextAreaElement).value).toBe('Prazo de 3 dias, Maria.');
    // Enter was the picker's: nothing was sent, and the picker is shut.
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.queryByTestId('quick-answer-picker')).toBeNull();
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    // Once shut, Enter is the composer's again.
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('Prazo de 3 dias, Maria.');
  });

  it('moves with the arrow keys (wrapping round), and a click picks too', async () => {
    const { user, input, onPick } = await renderComposer();
    await user.click(input);
    await user.keyboard('/');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options()[2]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}');
    expect(options()[2]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenLastCalledWith('Segue a tabela', expect.objectContaining({ mediaName: 'tabela.pdf' }));

    await user.clear(input);
    await user.keyboard('/o');
    await user.click(screen.getByTestId('quick-answer-option-1'));
    expect((input as HTMLTextAreaElement).value).toBe('Boa tarde, Maria Silva! Como posso ajudar?');
  });

  it('Esc closes it until the text stops starting with "/"', async () => {
    const { user, input, onSend } = await renderComposer();
    await user.click(input);
    await user.keyboard('/ol');
    expect(screen.getByTestId('quick-answer-picker')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('quick-answer-picker')).toBeNull();
    await user.keyboard('a');
    expect(screen.queryByTestId('quick-answer-picker')).toBeNull();
    // Without the picker, Enter sends what was typed.
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('/ola');

    await user.clear(input);
    await user.keyboard('/');
    expect(screen.getByTestId('quick-answer-picker')).toBeTruthy();
  });

  it('says when nothing matches (Enter then sends as typed), while loading, and when there are none', async () => {
    const { user, input, onSend } = await renderComposer();
    await user.click(input);
    await user.keyboard('/xyz');
    expect(screen.getByTestId('quick-answer-picker-status').textContent).toContain(
      'Nenhuma resposta rápida para “/xyz”.',
    );
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('/xyz');
  });

  it('shows the loading and the empty states', async () => {
    const loading = await renderComposer('loading');
    await loading.user.click(loading.input);
    await loading.user.keyboard('/');
    expect(screen.getByTestId('quick-answer-picker-status').textContent).toContain('Carregando respostas rápidas…');
    loading.unmount();

    const empty = await renderComposer([]);
    await empty.user.click(empty.input);
    await empty.user.keyboard('/');
    expect(screen.getByTestId('quick-answer-picker-status').textContent).toContain(
      'Você ainda não tem respostas rápidas.',
    );
  });

  it('shows a shortcut and a message from the backend as text, never as HTML', async () => {
    const hostile: QuickMessage = {
      id: 9,
      shortcode: '<img src=x onerror=alert(1)>',
      message: '<b>negrito</b>',
      mediaPath: null,
      mediaName: null,
    };
    const { user, input } = await renderComposer([hostile]);
    await user.click(input);
    await user.keyboard('/');
    const option = screen.getByTestId('quick-answer-option-9');
    expect(option.querySelector('img, b')).toBeNull();
    expect(option.textContent).toContain('/<img src=x onerror=alert(1)>');
  });
});
