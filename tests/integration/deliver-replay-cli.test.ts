// `dealwire replay` against real Redis: puts dead letters back in the queue.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from '../../src/cli/replay.js';
import { listDeadLetters } from '../../src/delivery/dead-letters.js';
import { testContext, type TestContext } from '../helpers/context.js';

let ctx: TestContext | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await ctx?.dispose();
});

async function deadLetter(c: TestContext, id: string): Promise<void> {
  const job = await c.queues.deliver.add('deliver', { alertId: 'a', eventId: `e-${id}`, subscriptionId: 's' }, { jobId: id, attempts: 1 });
  // A dead letter, made the way BullMQ makes them: a worker-less move to failed.
  const token = 'test';
  const { Worker } = await import('bullmq');
  const w = new Worker('deliver', null, { connection: c.redis.duplicate(), prefix: c.prefix, autorun: false });
  const fetched = (await w.getNextJob(token))!;
  expect(fetched.id).toBe(job.id);
  await fetched.moveToFailed(new Error('HTTP 500'), token);
  await w.close();
}

describe('dealwire replay', () => {
  it('replays one dead letter by id, then a time range; exit 1 when nothing matches', async () => {
    ctx = testContext();
    vi.stubEnv('DEALWIRE_REDIS_PREFIX', ctx.prefix);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const since = new Date(Date.now() - 1000).toISOString();
    for (const id of ['d1', 'd2', 'd3']) await deadLetter(ctx, id);
    expect((await listDeadLetters(ctx.queues.deliver)).map((d) => d.id).sort()).toEqual(['d1', 'd2', 'd3']);

    expect(await command.run(['--id', 'd1'])).toBe(0);
    expect(await ctx.queues.deliver.getJobState('d1')).toBe('waiting');
    expect(await command.run(['--id', 'd1'])).toBe(1);

    expect(await command.run(['--since', '2000-01-01T00:00:00Z', '--until', '2000-01-02T00:00:00Z'])).toBe(1);
    expect(await command.run(['--since', since])).toBe(0);
    expect(await ctx.queues.deliver.getJobState('d2')).toBe('waiting');
    expect(await ctx.queues.deliver.getJobState('d3')).toBe('waiting');
    expect(await listDeadLetters(ctx.queues.deliver)).toEqual([]);
  });

  it('refuses unclear arguments with exit code 2', async () => {
    await expect(command.run([])).rejects.toMatchObject({ exitCode: 2 });
    await expect(command.run(['--id', 'a', '--since', '2025-01-01'])).rejects.toMatchObject({ exitCode: 2 });
    await expect(command.run(['--since', 'yesterday'])).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/--since/) });
    await expect(command.run(['--until', '2025-01-01'])).rejects.toMatchObject({ exitCode: 2 });
    await expect(command.run(['--bogus'])).rejects.toMatchObject({ exitCode: 2 });
  });
});
