import type { Queue } from '../api/queues.ts';

/** The backend's order (`orderQueue` ascending, Postgres puts queues without one last), then by id. */
export function compareQueues(a: Queue, b: Queue): number {
  const ao = a.orderQueue ?? null;
  const bo = b.orderQueue ?? null;
  if (ao !== bo) {
    if (ao === null) return 1;
    if (bo === null) return -1;
    return ao - bo;
  }
  return a.id - b.id;
}

/** The list with `queue` added or replacing the one with its id, in the backend's order. */
export function upsertQueue(list: readonly Queue[], queue: Queue): Queue[] {
  return [...list.filter((q) => q.id !== queue.id), queue].sort(compareQueues);
}

/** The list without the queue `id` (the same list when it was not there). */
export function removeQueue(list: readonly Queue[], id: number): Queue[] {
  return list.some((q) => q.id === id) ? list.filter((q) => q.id !== id) : [...list];
}
