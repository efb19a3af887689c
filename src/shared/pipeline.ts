// What every stage shares: typed queues, one way to start a worker, and the
// context a role runs in. Workers stay thin: BullMQ in, a pure call, BullMQ out.
import { Queue, Worker, type Job, type WorkerOptions, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from './config/index.js';
import type { Logger } from './logger.js';
import { createRedis } from './redis.js';
import { STAGES, type JobPayloads, type Stage } from './queues.js';
import { observeJob } from './metrics.js';

export type Queues = { [S in Stage]: Queue<JobPayloads[S]> };

export interface PipelineContext {
  config: Config;
  logger: Logger;
  /** Key namespace and BullMQ prefix (config redis.prefix; tests use a unique one). */
  prefix: string;
  /** Shared connection for queues and plain Redis commands (maxRetriesPerRequest: null, so it is safe for BullMQ). */
  redis: Redis;
  queues: Queues;
}

/** A running role: closing it lets active jobs finish, then releases its connections. */
export interface Role {
  name: string;
  /** Where the role listens, for roles that serve HTTP. */
  url?: string;
  close(): Promise<void>;
}

const STAGE_JOB_OPTIONS: { [S in Stage]: JobsOptions } = {
  // A poll is repeated by its scheduler; retrying it would only hammer a broken feed.
  poll: { attempts: 1 },
  classify: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  extract: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  alert: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  // Delivery retries follow the configured Svix-like schedule (see workers/deliver.ts).
  deliver: { backoff: { type: 'schedule' } },
};

export function createContext(config: Config, logger: Logger, prefix = config.app.redis.prefix): PipelineContext {
  const redis = createRedis(config.app.redis.url, 'worker', logger);
  const { completed_jobs, failed_jobs } = config.app.retention;
  const queues = Object.fromEntries(
    STAGES.map((stage) => [
      stage,
      new Queue(stage, {
        connection: redis,
        prefix,
        defaultJobOptions: {
          removeOnComplete: { count: completed_jobs },
          removeOnFail: { count: failed_jobs },
          ...STAGE_JOB_OPTIONS[stage],
          ...(stage === 'deliver' ? { attempts: config.app.delivery.retry_schedule_s.length } : {}),
        },
      }),
    ]),
  ) as unknown as Queues;
  for (const q of Object.values(queues)) q.on('error', (err: Error) => logger.error({ err: err.message, queue: q.name }, 'queue error'));
  return { config, logger, prefix, redis, queues };
}

export async function closeContext(ctx: PipelineContext): Promise<void> {
  await Promise.all(Object.values(ctx.queues).map((q) => q.close()));
  await ctx.redis.quit().catch(() => ctx.redis.disconnect());
}

export type Processor<S extends Stage> = (job: Job<JobPayloads[S]>) => Promise<unknown>;

/**
 * Starts the BullMQ worker of a stage with the configured concurrency, its own
 * blocking connection, logging and metrics. The processor holds the stage's logic call.
 */
export function startStageWorker<S extends Stage>(
  ctx: PipelineContext,
  stage: S,
  processor: Processor<S>,
  options: Partial<WorkerOptions> = {},
): Role {
  const connection = createRedis(ctx.config.app.redis.url, 'worker', ctx.logger);
  const log = ctx.logger.child({ stage });
  const worker = new Worker<JobPayloads[S]>(
    stage,
    async (job) => observeJob(stage, () => processor(job)),
    { connection, prefix: ctx.prefix, concurrency: ctx.config.app.concurrency[stage], ...options },
  );
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  worker.on('failed', (job, err) =>
    log.warn({ jobId: job?.id, data: job?.data, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
  );
  return {
    name: stage,
    async close() {
      // close() waits for active jobs to finish: SIGTERM loses nothing.
      await worker.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
