// Dead letters are the deliver queue's failed jobs (kept by removeOnFail):
// deliveries that exhausted their attempts or could not succeed (410, refused
// target, disabled subscription). Replay puts them back with a fresh set of
// attempts; the webhook-id stays the same, so receivers can still deduplicate.
import type { Job, Queue } from 'bullmq';
import type { DeliverJob } from '../shared/queues.js';
import { webhookId } from './sign.js';

/** One delivery attempt, as recorded on the job. */
export interface AttemptRecord {
  attempt: number;
  at: string;
  status?: number;
  duration_ms: number;
  error?: string;
  /** First 1 KB of the response. */
  body: string;
}

export interface DeadLetter {
  id: string;
  alert_id: string;
  event_id: string;
  subscription_id: string;
  webhook_id: string;
  attempts: number;
  created_at: string;
  failed_at?: string;
  error: string;
  last_attempt?: AttemptRecord;
}

function toDeadLetter(job: Job<DeliverJob>): DeadLetter {
  const last = (job.progress as { last?: AttemptRecord } | undefined)?.last;
  return {
    id: job.id!,
    alert_id: job.data.alertId,
    event_id: job.data.eventId,
    subscription_id: job.data.subscriptionId,
    webhook_id: webhookId(job.data.eventId, job.data.subscriptionId),
    attempts: job.attemptsMade,
    created_at: new Date(job.timestamp).toISOString(),
    ...(job.finishedOn ? { failed_at: new Date(job.finishedOn).toISOString() } : {}),
    error: job.failedReason ?? '',
    ...(last ? { last_attempt: last } : {}),
  };
}

/** Newest first. */
export async function listDeadLetters(queue: Queue<DeliverJob>, offset = 0, limit = 50): Promise<DeadLetter[]> {
  const jobs = await queue.getFailed(offset, offset + limit - 1);
  return jobs.filter((j): j is Job<DeliverJob> => Boolean(j)).map(toDeadLetter);
}

async function replay(job: Job<DeliverJob>): Promise<void> {
  await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
}

/** Replays one dead letter; false when there is no failed delivery with this id. */
export async function replayById(queue: Queue<DeliverJob>, id: string): Promise<boolean> {
  const job = await queue.getJob(id);
  if (!job || !(await job.isFailed())) return false;
  await replay(job);
  return true;
}

const PAGE = 500;

/** Replays every dead letter that failed within [since, until]; returns their ids. */
export async function replayRange(queue: Queue<DeliverJob>, since: Date, until: Date = new Date()): Promise<string[]> {
  const picked: Job<DeliverJob>[] = [];
  // Collect first, then replay: retrying while paging would shift the pages.
  for (let start = 0; ; start += PAGE) {
    const page = (await queue.getFailed(start, start + PAGE - 1)).filter((j): j is Job<DeliverJob> => Boolean(j));
    for (const job of page) {
      const at = job.finishedOn ?? job.timestamp;
      if (at >= since.getTime() && at <= until.getTime()) picked.push(job);
    }
    if (page.length < PAGE) break;
  }
  for (const job of picked) await replay(job);
  return picked.map((j) => j.id!);
}
