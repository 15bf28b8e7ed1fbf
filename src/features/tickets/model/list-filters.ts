import type { KeyValueStorage } from '../../../lib/storage.ts';

/**
 * The ticket list's filters as the agent chose them, remembered per brand: the queues (a subset of the
 * user's; empty: all of them), the tags (tickets carrying every one, as ListTicketsService intersects
 * them) and, for admins, "all" agents' tickets rather than "mine". Pure, unit-tested.
 */
export interface TicketFilters {
  queueIds: number[];
  /** Admins: only the tickets without a queue (then `queueIds` is ignored). */
  noQueue: boolean;
  tagIds: number[];
  showAll: boolean;
}

export const NO_FILTERS: TicketFilters = { queueIds: [], noQueue: false, tagIds: [], showAll: false };

const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id) && id > 0) : [];

/** What was stored, or no filters when nothing (or something unreadable) was. */
export function readFilters(storage: KeyValueStorage, key: string): TicketFilters {
  const raw = storage.getItem(key);
  if (raw === null) return NO_FILTERS;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return NO_FILTERS;
    const record = value as Record<string, unknown>;
    return {
      queueIds: ids(record.queueIds),
      noQueue: record.noQueue === true,
      tagIds: ids(record.tagIds),
      showAll: record.showAll === true,
    };
  } catch {
    return NO_FILTERS;
  }
}

export function writeFilters(storage: KeyValueStorage, key: string, filters: TicketFilters): void {
  storage.setItem(key, JSON.stringify(filters));
}

/**
 * The `queueIds` to ask for: the chosen queues the user still has (a queue taken away since is dropped),
 * all the user's queues when none (or none of them) is chosen. The backend lists tickets without a queue
 * whatever is asked (`queueId IN (…) OR NULL`), so "no queue" (admins only) asks for none: `[]` lists
 * only the tickets without one.
 */
export function queueIdsToList(filters: TicketFilters, userQueueIds: readonly number[], isAdmin: boolean): number[] {
  if (filters.noQueue && isAdmin) return [];
  const chosen = filters.queueIds.filter((id) => userQueueIds.includes(id));
  return chosen.length > 0 ? chosen : [...userQueueIds];
}

/** True when `ticket` carries every one of `tagIds` (none asked: every ticket). */
export function hasTags(ticket: { tags?: readonly { id: number }[] | null | undefined }, tagIds: readonly number[]) {
  return tagIds.every((id) => (ticket.tags ?? []).some((tag) => tag.id === id));
}

/** Toggles `id` in a list of ids. */
export function toggled(list: readonly number[], id: number): number[] {
  return list.includes(id) ? list.filter((each) => each !== id) : [...list, id];
}
