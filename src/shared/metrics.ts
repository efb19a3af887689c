// Prometheus metrics, one registry for the process.
import { Registry, Counter, Histogram, Gauge, collectDefaultMetrics } from 'prom-client';
import { DelayedError } from 'bullmq';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'dealwire_' });

export const jobsTotal = new Counter({
  name: 'dealwire_jobs_total',
  help: 'Jobs processed per stage and outcome',
  labelNames: ['stage', 'outcome'] as const,
  registers: [registry],
});

export const jobSeconds = new Histogram({
  name: 'dealwire_job_duration_seconds',
  help: 'Time spent in a stage processor',
  labelNames: ['stage'] as const,
  buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 20],
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: 'dealwire_queue_jobs',
  help: 'Jobs per queue and state (sampled on scrape)',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
});

export async function observeJob<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  const end = jobSeconds.startTimer({ stage });
  try {
    const result = await fn();
    jobsTotal.inc({ stage, outcome: 'completed' });
    return result;
  } catch (err) {
    // DelayedError is BullMQ's way to park a job (pacing), not a failure.
    jobsTotal.inc({ stage, outcome: err instanceof DelayedError ? 'delayed' : 'failed' });
    throw err;
  } finally {
    end();
  }
}
