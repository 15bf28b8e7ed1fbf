import { createContext, use, useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

interface BubbleTexts {
  t: TFunction<'tickets'>;
  language: string;
}

const BubbleTextsContext = createContext<BubbleTexts | null>(null);

/**
 * The tickets texts for every bubble of a conversation, from one `useTranslation`: react-i18next sets up a copy
 * of its instance and its listeners for each component that mounts one, and a scroll mounts bubbles by the
 * thousand. The bubbles follow a change of language through this context.
 */
export function BubbleTextsProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation('tickets');
  const value = useMemo(() => ({ t, language: i18n.language }), [t, i18n.language]);
  return <BubbleTextsContext value={value}>{children}</BubbleTextsContext>;
}

/** `t` and the language, inside a BubbleTextsProvider (the message list). */
export function useBubbleTexts(): BubbleTexts {
  const texts = use(BubbleTextsContext);
  if (!texts) throw new Error('useBubbleTexts: a bubble is drawn outside the message list (BubbleTextsProvider)');
  return texts;
}
