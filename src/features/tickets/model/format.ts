import { dateTimeFormat } from '../../../lib/intl-formats.ts';

/** Times in the list and the conversation: the time of day for today, the date otherwise. */
export function formatWhen(iso: string, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameDay =
    date.getFullYear() === now.getFullYear() && date.getMonth() === now.getMonth() && date.getDate() === now.getDate();
  return sameDay
    ? dateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(date)
    : dateTimeFormat(language, {
        day: '2-digit',
        month: '2-digit',
        year: date.getFullYear() === now.getFullYear() ? undefined : '2-digit',
      }).format(date);
}

/** The time of a message, with its date when it is not today. */
export function formatMessageTime(iso: string, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = dateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(date);
  const sameDay =
    date.getFullYear() === now.getFullYear() && date.getMonth() === now.getMonth() && date.getDate() === now.getDate();
  return sameDay ? time : `${dateTimeFormat(language, { day: '2-digit', month: '2-digit' }).format(date)} ${time}`;
}

/** The time of day of a message (the date separator above it says the day), e.g. `09:05`. */
export function formatTimeOfDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A WhatsApp number as shown to agents: `+` and the digits (groups keep their id). */
export function displayNumber(number: string, isGroup: boolean | null | undefined): string {
  return isGroup || !/^\d+$/.test(number) ? number : `+${number}`;
}

/** The first letter of a name, for the avatar. */
export function initialOf(name: string): string {
  return (name.trim()[0] ?? '?').toUpperCase();
}
