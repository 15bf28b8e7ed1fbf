/**
 * The queues feature's public surface: the admins' queues page (list, create, edit, delete with colour,
 * messages and opening hours), and what other features use of queues.
 *
 * - `useQueues()`: the company's queues (`GET /queue`, query key `['queues']`); `useQueueEvents()` keeps
 *   that cache in step with `company-<id>-queue` events. Mount it where the list is shown.
 * - `queueRefSchema` / `QueueRef`: a queue as other answers embed it (`{id, name, color}`).
 * - `<QueueChip name color />`: the queue's name on its colour, the text white or black (≥ 4.5:1).
 */
export { QueuesPage } from './components/queues-page.tsx';
export { QueueChip } from './components/queue-chip.tsx';
export { queueRefSchema, useQueueEvents, useQueues, type Queue, type QueueRef } from './api/queues.ts';
