import { dateTimeFormat } from '../../../lib/intl-formats.ts';
import type { Message } from '../api/schemas.ts';

/**
 * The conversation as rows: each message, and a date separator before the first message of each day (in the
 * viewer's time zone): "today", "yesterday", or the date, in the user's language. Pure.
 */
export type TimelineRow = { kind: 'day'; key: string; label: string } | { kind: 'message'; message: Message };

/** The local calendar day of an instant, `YYYY-MM-DD`, or '' for an invalid date. */
export function dayKey(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** The separator's text for the day of `date`. */
export function dayLabel(date: Date, language: string, now: Date = new Date()): string {
  // Whole days between the two local midnights (Math.round absorbs a daylight-saving hour).
  const days = Math.round((startOfDay(date) - startOfDay(now)) / 86_400_000);
  if (days === 0 || days === -1) {
    const text = new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(days, 'day');
    return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
  }
  return dateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    ...(date.getFullYear() !== now.getFullYear() && { year: 'numeric' }),
  }).format(date);
}

/** Each message's day, worked out once: a long conversation is laid out again at every page and message. */
const dayOfMessage = new WeakMap<Message, string>();
function messageDay(message: Message): string {
  let key = dayOfMessage.get(message);
  if (key === undefined) {
    key = dayKey(new Date(message.createdAt));
    dayOfMessage.set(message, key);
  }
  return key;
}

export function timelineOf(messages: Message[], language: string, now: Date = new Date()): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let previous = '';
  for (const message of messages) {
    const key = messageDay(message);
    if (key !== '' && key !== previous) {
      rows.push({ kind: 'day', key: `day-${key}`, label: dayLabel(new Date(message.createdAt), language, now) });
      previous = key;
    }
    rows.push({ kind: 'message', message });
  }
  return rows;
}
