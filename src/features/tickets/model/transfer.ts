/** The transfer dialog's choices, pure: which users a queue offers. */
export interface QueueMember {
  id: number;
  name: string;
  queues: readonly { id: number }[];
}

/**
 * The users who can take a ticket in `queueId` (those assigned to that queue), by name; every user when no
 * queue is chosen yet. Atendechat's dialog narrows the other way (a user's queues); both follow User.queues.
 */
export function usersOfQueue<T extends QueueMember>(users: readonly T[], queueId: number | null): T[] {
  const members = queueId === null ? users : users.filter((user) => user.queues.some((queue) => queue.id === queueId));
  return [...members].sort((a, b) => a.name.localeCompare(b.name, 'pt-BR', { sensitivity: 'base' }));
}
