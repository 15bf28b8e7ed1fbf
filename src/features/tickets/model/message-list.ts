import type { Message } from '../api/schemas.ts';

/**
 * What the virtualised message list counts for its "new messages" button. Pure, unit-tested.
 */

/** Incoming messages after `seenId` (the newest the agent saw at the bottom), counted from the end. */
export function unseenCount(messages: Message[], seenId: string | null): number {
  if (seenId === null) return 0;
  let count = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (!message || message.id === seenId) return count;
    if (!message.fromMe) count++;
  }
  // The message seen is no longer loaded (a refetch replaced the pages): nothing to point at.
  return 0;
}
