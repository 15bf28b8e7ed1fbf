/** Which quick answers the composer offers for what is typed: pure, so the picker's choice is tested alone. */

export interface QuickAnswerLike {
  id: number;
  shortcode: string;
  message: string;
}

/** What follows the `/` when the composer's text starts with one; undefined otherwise (the picker is shut). */
export function quickAnswerQuery(text: string): string | undefined {
  return text.startsWith('/') ? text.slice(1).trim() : undefined;
}

/** Case and accents do not count: "/promo" finds "Promoção". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('pt-BR');
}

/** The most the picker lists at once. */
export const MAX_OFFERED = 50;

/**
 * The answers for `query`: shortcodes that start with it first, then shortcodes that contain it, then
 * messages that contain it; each group by shortcode. An empty query offers all of them.
 */
export function matchQuickAnswers<T extends QuickAnswerLike>(answers: readonly T[], query: string): T[] {
  const q = foldText(query);
  const ranked: { answer: T; rank: number; key: string }[] = [];
  for (const answer of answers) {
    const shortcode = foldText(answer.shortcode);
    const rank = shortcode.startsWith(q)
      ? 0
      : shortcode.includes(q)
        ? 1
        : foldText(answer.message).includes(q)
          ? 2
          : -1;
    if (rank >= 0) ranked.push({ answer, rank, key: shortcode });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key) || a.answer.id - b.answer.id);
  return ranked.slice(0, MAX_OFFERED).map((entry) => entry.answer);
}
