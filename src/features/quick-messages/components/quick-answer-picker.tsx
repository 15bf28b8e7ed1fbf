import { useEffect, useEffectEvent, useId, useMemo, useState, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useComposerQuickMessages, useQuickMessageEvents, type QuickMessage } from '../api/quick-messages.ts';
import { fillVariables, type VariableContext } from '../model/fill-variables.ts';
import { matchQuickAnswers, quickAnswerQuery } from '../model/match-quick-answers.ts';

export interface QuickAnswerPickerProps {
  /** The composer's text: the picker is open while it starts with `/`, and filters by what follows. */
  text: string;
  /** What the variables are filled from (the contact's name; the time, default now). */
  context: VariableContext;
  /**
   * One was chosen: `filledText` is its message with the variables filled, for the composer to take as its
   * text; `answer` carries the attachment (`mediaPath`, `mediaName`) when it has one.
   */
  onPick: (filledText: string, answer: QuickMessage) => void;
  /** The composer's input: while the picker is open, ↑ ↓ Enter and Esc typed there are the picker's. */
  inputRef: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
}

/**
 * The composer's quick answers (`GET /quick-messages/list`, the signed-in user's), kept fresh by the
 * `quickmessage` events. Render it next to the composer's input; it shows nothing while shut.
 */
export function QuickAnswerPicker(props: QuickAnswerPickerProps) {
  const answers = useComposerQuickMessages();
  useQuickMessageEvents();
  return (
    <QuickAnswerMenu
      {...props}
      answers={answers.data}
      error={answers.isError ? answers.error : undefined}
      onRetry={() => void answers.refetch()}
    />
  );
}

export interface QuickAnswerMenuProps extends QuickAnswerPickerProps {
  /** Undefined while loading. */
  answers: readonly QuickMessage[] | undefined;
  /** The list could not be loaded. */
  error?: unknown;
  onRetry?: () => void;
}

/** The picker itself, given the answers: what QuickAnswerPicker renders, and what its tests drive. */
export function QuickAnswerMenu({ text, context, onPick, inputRef, answers, error, onRetry }: QuickAnswerMenuProps) {
  const { t } = useTranslation('quick-messages');
  const { errorText } = useErrorText();
  const listId = useId();
  const labelId = useId();
  const query = quickAnswerQuery(text);

  // Esc (or a pick) shuts it until the text stops starting with "/".
  const [dismissed, setDismissed] = useState(false);
  if (dismissed && query === undefined) setDismissed(false);
  const open = query !== undefined && !dismissed;

  const matches = useMemo(
    () => (query === undefined || !answers ? [] : matchQuickAnswers(answers, query)),
    [answers, query],
  );
  // The highlighted row belongs to the query it was chosen for: typing on starts again from the first.
  const [highlight, setHighlight] = useState({ query, index: 0 });
  const active = highlight.query === query ? Math.min(highlight.index, matches.length - 1) : 0;
  const activeAnswer = open ? matches[active] : undefined;
  const optionId = (answer: QuickMessage) => `${listId}-option-${answer.id}`;

  const pick = (answer: QuickMessage) => {
    setDismissed(true);
    onPick(fillVariables(answer.message, context), answer);
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!open || event.isComposing) return;
    const take = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === 'Escape') {
      take();
      setDismissed(true);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && matches.length > 0) {
      take();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight({ query, index: (active + step + matches.length) % matches.length });
    } else if (event.key === 'Enter' && !event.shiftKey && activeAnswer) {
      take();
      pick(activeAnswer);
    }
  });

  // The composer's input keeps the focus; its keys reach the picker first (before React's own handlers).
  useEffect(() => {
    const input: HTMLElement | null = inputRef.current;
    if (!input) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    input.addEventListener('keydown', listener);
    return () => input.removeEventListener('keydown', listener);
  }, [inputRef]);

  // The input says which list it drives and which option is highlighted, for screen readers.
  const activeId = activeAnswer ? optionId(activeAnswer) : undefined;
  useEffect(() => {
    const input = inputRef.current;
    if (!input || !open) return;
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-autocomplete', 'list');
    if (activeId) input.setAttribute('aria-activedescendant', activeId);
    else input.removeAttribute('aria-activedescendant');
    return () => {
      input.removeAttribute('aria-controls');
      input.removeAttribute('aria-autocomplete');
      input.removeAttribute('aria-activedescendant');
    };
  }, [inputRef, open, listId, activeId]);

  useEffect(() => {
    if (!activeId) return;
    const element = document.getElementById(activeId);
    if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  if (!open) return null;

  let status: string | undefined;
  if (error !== undefined) status = `${t('picker.loadFailed')} ${errorText(error)}`;
  else if (!answers) status = t('picker.loading');
  else if (answers.length === 0) status = t('picker.noneYet');
  else if (matches.length === 0) status = t('picker.none', { query });

  return (
    <Paper elevation={6} data-testid="quick-answer-picker" sx={{ overflow: 'hidden', minWidth: 0 }}>
      <Box sx={{ px: 2, pt: 1, display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        <Typography id={labelId} variant="subtitle2" component="p">
          {t('picker.label')}
        </Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {t('picker.hint')}
        </Typography>
      </Box>
      <Box
        component="ul"
        role="listbox"
        id={listId}
        aria-labelledby={labelId}
        sx={{ listStyle: 'none', m: 0, p: 0, py: 0.5, maxHeight: 280, overflowY: 'auto' }}
      >
        {matches.map((answer, index) => {
          const selected = index === active;
          return (
            <Box
              component="li"
              key={answer.id}
              id={optionId(answer)}
              role="option"
              aria-selected={selected}
              data-testid={`quick-answer-option-${answer.id}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => {
                if (!selected) setHighlight({ query, index });
              }}
              onClick={() => pick(answer)}
              sx={{
                px: 2,
                py: 1,
                cursor: 'pointer',
                bgcolor: selected ? 'action.selected' : undefined,
                borderInlineStart: 3,
                borderColor: selected ? 'primary.main' : 'transparent',
              }}
            >
              <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                /{answer.shortcode}
                {answer.mediaName !== null && (
                  <Box component="span" sx={{ display: 'inline-flex', verticalAlign: 'middle', ml: 1 }}>
                    <AttachFile fontSize="inherit" titleAccess={t('picker.withMedia', { name: answer.mediaName })} />
                  </Box>
                )}
              </Typography>
              <Typography
                variant="body2"
                sx={{ color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                {answer.message}
              </Typography>
            </Box>
          );
        })}
      </Box>
      {status !== undefined && (
        <Box role="status" sx={{ px: 2, pb: 1.5, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="quick-answer-picker-status">
            {status}
          </Typography>
          {error !== undefined && onRetry && (
            <Button size="small" onMouseDown={(event) => event.preventDefault()} onClick={onRetry}>
              {t('picker.retry')}
            </Button>
          )}
        </Box>
      )}
    </Paper>
  );
}
