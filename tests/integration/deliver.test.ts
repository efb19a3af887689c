// The deliver worker on real Redis and real BullMQ, against real local receivers.
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { Config } from '../../src/shared/config/index.js';
import { hashId } from '../../src/shared/ids.js';
import type { Role } from '../../src/shared/pipeline.js';
import { saveEvent, type AlertEvent } from '../../src/alerts/events.js';
import { createSubscription, getSubscription, rotateSecret } from '../../src/subscriptions/store.js';
import type { Subscription } from '../../src/subscriptions/types.js';
import { startDeliverRole } from '../../src/workers/deliver.js';
import { listDeadLetters, replayById } from '../../src/delivery/dead-letters.js';
import { webhookId } from '../../src/delivery/sign.js';
import { testConfig, testContext, type TestContext } from '../helpers/context.js';
import { WebhookReceiver } from '../helpers/webhook-receiver.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function setup(tweak: (d: Config['app']['delivery']) => void = () => {}) {
  const ctx = testContext(
    testConfig((c) => {
      c.app.delivery.allow_private_targets = true;
      c.app.delivery.require_https = false;
      c.app.delivery.retry_schedule_s = [0, 0.05, 0.1, 0.1, 0.1];
      tweak(c.app.delivery);
    }),
  );
  cleanups.push(() => ctx.dispose());
  return ctx;
}

async function start(ctx: TestContext): Promise<Role> {
  const role = await startDeliverRole(ctx);
  cleanups.push(() => role.close());
  return role;
}

async function receiver(secrets: string[] = []): Promise<WebhookReceiver> {
  const r = await WebhookReceiver.start(secrets);
  cleanups.push(() => r.close());
  return r;
}

async function subscribe(ctx: TestContext, url: string): Promise<Subscription> {
  return createSubscription(ctx.redis, ctx.prefix, { url });
}

async function emit(ctx: TestContext, sub: Subscription, data: Record<string, unknown> = { alert_id: 'a1' }): Promise<{ event: AlertEvent; jobId: string }> {
  const event: AlertEvent = { id: `evt_${randomUUID()}`, type: 'deal.detected', timestamp: new Date().toISOString(), alert_id: 'a1', data };
  await saveEvent(ctx.redis, ctx.prefix, event);
  const jobId = hashId(event.id, sub.id);
  await ctx.queues.deliver.add('deliver', { alertId: 'a1', eventId: event.id, subscriptionId: sub.id }, { jobId });
  return { event, jobId };
}

async function settled(ctx: TestContext, jobId: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await ctx.queues.deliver.getJobState(jobId);
    if (state === 'completed' || state === 'failed') return state;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${state}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

describe('deliver worker', () => {
  it('retries a receiver failing three times, then delivers exactly once, with the same webhook-id every time', async () => {
    const ctx = setup();
    const r = await receiver();
    const sub = await subscribe(ctx, r.url);
    r.secrets = [sub.secret];
    r.reply({ status: 500, body: 'boom' }, { status: 500 }, { status: 502 });
    await start(ctx);
    const { event, jobId } = await emit(ctx, sub);

    expect(await settled(ctx, jobId)).toBe('completed');
    expect(r.received.map((x) => x.status)).toEqual([500, 500, 502, 200]);
    expect(r.successes).toHaveLength(1);
    expect(new Set(r.received.map((x) => x.id))).toEqual(new Set([webhookId(event.id, sub.id)]));
    expect(r.received.every((x) => x.verifiedWith.length === 1)).toBe(true);
    expect(JSON.parse(r.received[3]!.body)).toEqual({ type: 'deal.detected', timestamp: event.timestamp, data: event.data });
    const { logs } = await ctx.queues.deliver.getJobLogs(jobId);
    expect(logs.map((l) => JSON.parse(l).status)).toEqual([500, 500, 502, 200]);
    expect(JSON.parse(logs[0]!).body).toBe('boom');
  });

  it('disables the subscription when the receiver answers 410 Gone', async () => {
    const ctx = setup();
    const r = await receiver();
    r.always({ status: 410 });
    const sub = await subscribe(ctx, r.url);
    await start(ctx);
    const { jobId } = await emit(ctx, sub);

    expect(await settled(ctx, jobId)).toBe('failed');
    expect(r.received).toHaveLength(1);
    const after = await getSubscription(ctx.redis, ctx.prefix, sub.id);
    expect(after).toMatchObject({ enabled: false, disabled_reason: 'endpoint answered 410 Gone' });
    expect(after?.disabled_at).toBeTruthy();

    // Later events for the disabled subscription are kept as dead letters, not sent.
    const next = await emit(ctx, sub);
    expect(await settled(ctx, next.jobId)).toBe('failed');
    expect(r.received).toHaveLength(1);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    const ctx = setup();
    const r = await receiver();
    r.reply({ status: 429, headers: { 'retry-after': '1' } });
    const sub = await subscribe(ctx, r.url);
    await start(ctx);
    const { jobId } = await emit(ctx, sub);

    expect(await settled(ctx, jobId)).toBe('completed');
    expect(r.received.map((x) => x.status)).toEqual([429, 200]);
    // The schedule alone would have retried after 50 ms.
    expect(r.received[1]!.at - r.received[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('records the errors of an unreachable webhook and of a 500 one, and still delivers to the other subscriptions', async () => {
    const ctx = setup();
    const r = await receiver();
    const broken = await receiver();
    broken.always({ status: 500, body: 'Internal Server Error' });
    const dead = await subscribe(ctx, `http://127.0.0.1:${await closedPort()}/hook`);
    const erroring = await subscribe(ctx, broken.url);
    const live = await subscribe(ctx, r.url);
    await start(ctx);
    const failing = await emit(ctx, dead);
    const failing500 = await emit(ctx, erroring);
    const ok = await emit(ctx, live);

    expect(await settled(ctx, ok.jobId)).toBe('completed');
    expect(r.successes).toHaveLength(1);
    expect(await settled(ctx, failing.jobId)).toBe('failed');
    expect(await settled(ctx, failing500.jobId)).toBe('failed');
    const letters = await listDeadLetters(ctx.queues.deliver);
    expect(letters.find((l) => l.id === failing500.jobId)).toMatchObject({
      error: 'HTTP 500',
      attempts: 5,
      last_attempt: { status: 500, body: 'Internal Server Error' },
    });
    expect(broken.received).toHaveLength(5);
    const letter = letters.find((l) => l.id === failing.jobId);
    expect(letter).toMatchObject({ id: failing.jobId, subscription_id: dead.id, attempts: 5 });
    expect(letter!.error).toMatch(/ECONNREFUSED/);
    expect(letter!.last_attempt?.error).toMatch(/ECONNREFUSED/);
    expect((await getSubscription(ctx.redis, ctx.prefix, dead.id))?.last_error).toMatch(/ECONNREFUSED/);
  });

  it('lists a dead letter and delivers it on replay, with the same webhook-id', async () => {
    const ctx = setup((d) => (d.retry_schedule_s = [0, 0.05]));
    const r = await receiver();
    r.reply({ status: 500, body: 'down for maintenance' }, { status: 500, body: 'still down' });
    const sub = await subscribe(ctx, r.url);
    await start(ctx);
    const { jobId } = await emit(ctx, sub);

    expect(await settled(ctx, jobId)).toBe('failed');
    const letters = await listDeadLetters(ctx.queues.deliver);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ id: jobId, error: 'HTTP 500', attempts: 2, last_attempt: { status: 500, body: 'still down' } });

    expect(await replayById(ctx.queues.deliver, jobId)).toBe(true);
    expect(await settled(ctx, jobId)).toBe('completed');
    expect(r.successes).toHaveLength(1);
    expect(new Set(r.received.map((x) => x.id)).size).toBe(1);
    expect(await listDeadLetters(ctx.queues.deliver)).toHaveLength(0);
    expect(await replayById(ctx.queues.deliver, jobId)).toBe(false);
  });

  it('signs with both secrets for 24 h after a rotation, each verifiable on its own', async () => {
    const ctx = setup();
    const r = await receiver();
    const sub = await subscribe(ctx, r.url);
    const rotated = (await rotateSecret(ctx.redis, ctx.prefix, sub.id))!;
    r.secrets = [sub.secret, rotated.secret];
    await start(ctx);
    const { jobId } = await emit(ctx, sub);

    expect(await settled(ctx, jobId)).toBe('completed');
    expect(r.received[0]!.signature.split(' ')).toHaveLength(2);
    expect(r.received[0]!.verifiedWith).toEqual([0, 1]);
  });

  it('does not let a slow subscriber delay another', async () => {
    const ctx = setup((d) => (d.per_subscription_concurrency = 1));
    const slow = await receiver();
    slow.always({ status: 200, delayMs: 1000 });
    const fast = await receiver();
    const slowSub = await subscribe(ctx, slow.url);
    const fastSub = await subscribe(ctx, fast.url);
    await start(ctx);
    const slowJobs = [];
    for (let i = 0; i < 3; i++) slowJobs.push(await emit(ctx, slowSub));
    const fastJob = await emit(ctx, fastSub);

    expect(await settled(ctx, fastJob.jobId)).toBe('completed');
    // Ordering, not a stopwatch: the three slow deliveries need three one-second answers in a row.
    expect(await ctx.queues.deliver.getJobState(slowJobs[2]!.jobId)).not.toBe('completed');
    // The slow subscriber got one request at a time, and all of them in the end.
    await slow.waitUntil(() => slow.received.length >= 1);
    expect(slow.received).toHaveLength(1);
    for (const j of slowJobs) expect(await settled(ctx, j.jobId, 15_000)).toBe('completed');
    const gaps = slow.received.slice(1).map((x, i) => x.at - slow.received[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(950);
  });

  it('disables a subscription after a sustained span of failure, with the reason', async () => {
    const ctx = setup((d) => {
      d.disable_after_s = 1;
      d.retry_schedule_s = [0, 0.6, 0.6, 0.6, 0.6];
    });
    const r = await receiver();
    r.always({ status: 500 });
    const sub = await subscribe(ctx, r.url);
    await start(ctx);
    const { jobId } = await emit(ctx, sub);

    expect(await settled(ctx, jobId)).toBe('failed');
    expect(r.received).toHaveLength(3);
    const after = await getSubscription(ctx.redis, ctx.prefix, sub.id);
    expect(after?.enabled).toBe(false);
    expect(after?.disabled_reason).toMatch(/^deliveries failing since .* \(last error: HTTP 500\)$/);
  });

  it('skips deliveries to a deleted subscription', async () => {
    const ctx = setup();
    await start(ctx);
    const ghost = { id: 'sub_gone' } as Subscription;
    const { jobId } = await emit(ctx, ghost);
    expect(await settled(ctx, jobId)).toBe('completed');
    expect((await ctx.queues.deliver.getJob(jobId))?.returnvalue).toEqual({ skipped: 'subscription deleted' });
  });
});
