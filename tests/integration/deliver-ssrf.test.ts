// The SSRF guard and the HTTP rules at delivery time: private targets refused
// (also when DNS changes after creation), redirects not followed, 1 KB of
// response kept, the timeout enforced.
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { hashId } from '../../src/shared/ids.js';
import { saveEvent } from '../../src/alerts/events.js';
import { createSubscription } from '../../src/subscriptions/store.js';
import { startDeliverRole } from '../../src/workers/deliver.js';
import { listDeadLetters } from '../../src/delivery/dead-letters.js';
import { createDeliveryAgent, postWebhook } from '../../src/delivery/post.js';
import type { Resolver } from '../../src/delivery/ssrf.js';
import { testConfig, testContext, type TestContext } from '../helpers/context.js';
import { WebhookReceiver } from '../helpers/webhook-receiver.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function receiver(): Promise<WebhookReceiver> {
  const r = await WebhookReceiver.start();
  cleanups.push(() => r.close());
  return r;
}

const strict = { requireHttps: false, allowPrivateTargets: false };
const dev = { requireHttps: false, allowPrivateTargets: true };
/** A DNS server under an attacker's control: every name resolves to loopback. */
const rebinding: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

function agent(policy: typeof strict, timeoutMs = 2000, resolve?: Resolver) {
  const a = createDeliveryAgent(policy, timeoutMs, resolve);
  cleanups.push(() => a.close());
  return a;
}

describe('delivery-time SSRF guard (private targets not allowed)', () => {
  it('refuses loopback targets stored before the rule applied: IP literals, [::1] and localhost', async () => {
    const ctx: TestContext = testContext(
      testConfig((c) => {
        c.app.delivery.allow_private_targets = false;
        c.app.delivery.require_https = false;
      }),
    );
    cleanups.push(() => ctx.dispose());
    const r = await receiver();
    const port = new URL(r.url).port;
    const role = await startDeliverRole(ctx);
    cleanups.push(() => role.close());

    const urls = [r.url, `http://[::1]:${port}/hook`, `http://localhost:${port}/hook`, 'http://169.254.169.254/latest/meta-data'];
    const jobIds: string[] = [];
    for (const url of urls) {
      // Straight into the store, as if DNS had changed since the API vetted the URL.
      const sub = await createSubscription(ctx.redis, ctx.prefix, { url });
      const eventId = `evt_${randomUUID()}`;
      await saveEvent(ctx.redis, ctx.prefix, { id: eventId, type: 'ping', timestamp: new Date().toISOString(), data: {} });
      const jobId = hashId(eventId, sub.id);
      await ctx.queues.deliver.add('deliver', { alertId: '', eventId, subscriptionId: sub.id }, { jobId });
      jobIds.push(jobId);
    }
    const deadline = Date.now() + 10_000;
    while ((await ctx.queues.deliver.getFailedCount()) < urls.length && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));

    const letters = await listDeadLetters(ctx.queues.deliver);
    expect(letters.map((l) => l.id).sort()).toEqual([...jobIds].sort());
    for (const l of letters) {
      expect(l.error).toMatch(/^refused: /);
      // Refused at once: retrying cannot make a private address public.
      expect(l.attempts).toBe(1);
    }
    expect(letters.find((l) => l.id === jobIds[2])?.error).toMatch(/localhost resolves to .*loopback/);
    expect(r.received).toHaveLength(0);
  });

  it('vets the address at connect time, so DNS rebinding after creation is refused', async () => {
    const r = await receiver();
    const port = new URL(r.url).port;
    const res = await postWebhook(agent(strict, 2000, rebinding), strict, `http://hooks.example.com:${port}/hook`, {}, '{}', 2000);
    expect(res).toMatchObject({ ok: false, refused: true });
    expect(res.error).toMatch(/hooks.example.com resolves to 127.0.0.1/);
    expect(r.received).toHaveLength(0);
  });

  it('connects to the vetted address itself (the same lookup, private targets allowed)', async () => {
    const r = await receiver();
    const port = new URL(r.url).port;
    const res = await postWebhook(agent(dev, 2000, rebinding), dev, `http://hooks.example.com:${port}/hook`, {}, '{}', 2000);
    expect(res).toMatchObject({ ok: true, status: 200, body: 'ok' });
    expect(r.received[0]?.headers.host).toBe(`hooks.example.com:${port}`);
  });
});

describe('delivery HTTP rules', () => {
  it('does not follow redirects', async () => {
    const target = await receiver();
    const r = await receiver();
    r.always({ status: 307, headers: { location: target.url } });
    const res = await postWebhook(agent(dev), dev, r.url, {}, '{}', 2000);
    expect(res).toMatchObject({ ok: false, status: 307, error: 'HTTP 307 (redirects are not followed)' });
    expect(target.received).toHaveLength(0);
  });

  it('keeps 1 KB of the response body', async () => {
    const r = await receiver();
    r.always({ status: 500, body: 'x'.repeat(100_000) });
    const res = await postWebhook(agent(dev), dev, r.url, {}, '{}', 2000);
    expect(res.body).toHaveLength(1024);
    expect(res.error).toBe('HTTP 500');
  });

  it('gives up after the timeout', async () => {
    const r = await receiver();
    r.always({ status: 200, delayMs: 3000 });
    const res = await postWebhook(agent(dev), dev, r.url, {}, '{}', 300);
    expect(res).toMatchObject({ ok: false, error: 'timeout after 300 ms' });
    expect(res.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('honours Retry-After of a 503', async () => {
    const r = await receiver();
    r.always({ status: 503, headers: { 'retry-after': '7' } });
    expect(await postWebhook(agent(dev), dev, r.url, {}, '{}', 2000)).toMatchObject({ status: 503, retryAfterMs: 7000 });
  });
});
