/**
 * Atendechat's message variables, filled as its backend's Mustache helper (backend/src/helpers/Mustache.ts)
 * fills them when a message is sent: `{{firstName}}`, `{{name}}`, `{{ms}}` and `{{gretting}}` (sic: the
 * greeting by time of day), `{{protocol}}` and `{{hora}}`. Atendechat's quick-answer dialog offers
 * firstName, name, ms, protocol and hora. It has no variable for the agent's name or the ticket.
 *
 * As Mustache: whitespace inside the braces is allowed, `{{{x}}}` and `{{&x}}` are the same value, a comment
 * `{{! … }}` and an unknown name give "". Unlike Mustache, nothing is HTML-escaped (the composer is plain
 * text). Sections and partials (`{{#…}}`, `{{^…}}`, `{{/…}}`, `{{>…}}`) are left as typed: the backend
 * renders them when the message is sent.
 */

/** What the variables are filled from. */
export interface VariableContext {
  /** The contact's name, as stored (empty when unknown). */
  contactName?: string | undefined;
  /** The moment of filling, in the browser's time zone (the backend uses its server's). Default: now. */
  now?: Date;
}

/** The variables Atendechat's quick-answer dialog offers, in its order. */
export const MESSAGE_VARIABLES = ['firstName', 'name', 'ms', 'protocol', 'hora'] as const;
export type MessageVariable = (typeof MESSAGE_VARIABLES)[number];

const GREETINGS = ['Boa madrugada', 'Bom dia', 'Boa tarde', 'Boa noite'] as const;

/** 0–5 h "Boa madrugada", 6–11 h "Bom dia", 12–17 h "Boa tarde", 18–23 h "Boa noite": the backend's words. */
export function greeting(hours: number): string {
  return GREETINGS[Math.floor(hours / 6)] ?? GREETINGS[0];
}

const two = (n: number) => `0${n}`.slice(-2);

/** Every variable's value, as the backend computes them (the hour unpadded in `protocol` and `hora`, sic). */
export function variableValues(context: VariableContext): Record<string, string> {
  const now = context.now ?? new Date();
  const name = context.contactName ?? '';
  const hh = now.getHours();
  const time = {
    dd: two(now.getDate()),
    mm: two(now.getMonth() + 1),
    min: two(now.getMinutes()),
    ss: two(now.getSeconds()),
  };
  return {
    firstName: name.split(' ')[0] ?? '',
    name,
    gretting: greeting(hh),
    ms: greeting(hh),
    protocol: `${now.getFullYear()}${time.mm}${time.dd}${hh}${time.min}${time.ss}`,
    hora: `${hh}:${time.min}:${time.ss}`,
  };
}

const TAG = /\{\{\{\s*([^{}]*?)\s*\}\}\}|\{\{\s*([&!]?)([^{}]*?)\s*\}\}/g;
const LEFT_AS_TYPED = /^\s*[#^/>=]/;

/** The text with its variables replaced by their values. */
export function fillVariables(template: string, context: VariableContext): string {
  const values = variableValues(context);
  return template.replace(
    TAG,
    (tag, triple: string | undefined, sigil: string | undefined, plain: string | undefined) => {
      if (triple !== undefined) return Object.hasOwn(values, triple) ? (values[triple] ?? '') : '';
      if (sigil === '!') return '';
      const key = (plain ?? '').trim();
      if (sigil === '' && LEFT_AS_TYPED.test(plain ?? '')) return tag;
      return Object.hasOwn(values, key) ? (values[key] ?? '') : '';
    },
  );
}
