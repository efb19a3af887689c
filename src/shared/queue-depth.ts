// Queue depth per state, read on demand (metrics scrape, `dealwire status`).
import type { Queues } from './pipeline.js';
import { queueDepth } from './metrics.js';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

export type QueueCounts = Record<string, Record<(typeof QUEUE_STATES)[number], number>>;

export async function queueCounts(queues: Queues): Promise<QueueCounts> {
  const out: QueueCounts = {};
  for (const q of Object.values(queues)) {
    out[q.name] = (await q.getJobCounts(...QUEUE_STATES)) as QueueCounts[string];
  }
  return out;
}

export async function sampleQueueDepths(queues: Queues): Promise<QueueCounts> {
  const counts = await queueCounts(queues);
  for (const [queue, states] of Object.entries(counts)) {
    for (const [state, n] of Object.entries(states)) queueDepth.set({ queue, state }, n);
  }
  return counts;
}
