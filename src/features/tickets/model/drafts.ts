import type { KeyValueStorage } from '../../../lib/storage.ts';

/**
 * What the agent has typed but not sent, per ticket, kept across navigation and reloads in one storage entry
 * per brand (`vitrine:<brand>:drafts`, lib/storage.ts). Pure functions over a KeyValueStorage, unit-tested.
 */

/** At most this many drafts are kept: the least recently written go first. */
export const MAX_DRAFTS = 50;
/** A draft longer than this is cut (WhatsApp's own text limit is 65,536 characters). */
export const MAX_DRAFT_LENGTH = 65_536;

interface StoredDraft {
  text: string;
  /** When it was last written (ms), to drop the oldest. */
  at: number;
}

type Drafts = Record<string, StoredDraft>;

function readAll(storage: KeyValueStorage, key: string): Drafts {
  const raw = storage.getItem(key);
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const drafts: Drafts = {};
    for (const [ticket, entry] of Object.entries(value as Record<string, unknown>)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { text, at } = entry as { text?: unknown; at?: unknown };
      if (typeof text === 'string' && text !== '' && typeof at === 'number')
        drafts[ticket] = { text: text.slice(0, MAX_DRAFT_LENGTH), at };
    }
    return drafts;
  } catch {
    return {};
  }
}

/** The draft of `ticketId`, or '' when there is none. */
export function readDraft(storage: KeyValueStorage, key: string, ticketId: number): string {
  return readAll(storage, key)[String(ticketId)]?.text ?? '';
}

/** Keeps `text` as the draft of `ticketId` (an empty or blank text removes it). */
export function writeDraft(storage: KeyValueStorage, key: string, ticketId: number, text: string, now: number): void {
  const drafts = readAll(storage, key);
  const id = String(ticketId);
  if (text.trim() === '') delete drafts[id];
  else drafts[id] = { text: text.slice(0, MAX_DRAFT_LENGTH), at: now };
  const kept = Object.entries(drafts)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_DRAFTS);
  if (kept.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(Object.fromEntries(kept)));
}
