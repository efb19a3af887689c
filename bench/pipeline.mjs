// Pipeline throughput: stories pushed through classify -> extract -> alert by
// dealwire's workers, beside a bare BullMQ chain of the same shape (no-op
// processors, same payloads, same concurrency) run in the same process.
//   npm run build && node bench/pipeline.mjs [N]
import { Queue, Worker, QueueEvents } from 'bullmq';
import { readdirSync, readFileSync } from 'node:fs';
import { loadConfig } from '../dist/shared/config/index.js';
import { createLogger } from '../dist/shared/logger.js';
import { createContext, closeContext } from '../dist/shared/pipeline.js';
import { createRedis, dropPrefix } from '../dist/shared/redis.js';
import { saveArticle } from '../dist/shared/articles.js';
import { startClassifyRole } from '../dist/workers/classify.js';
import { startExtractRole } from '../dist/workers/extract.js';

const N = Number(process.argv[2] ?? 2000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const stories = readdirSync('demo/stories').map((f) => JSON.parse(readFileSync(`demo/stories/${f}`, 'utf8')));
const config = loadConfig('config', { REDIS_URL });
const CONC = config.app.concurrency.classify;

const pct = (xs, p) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const report = (name, ms, lat) =>
  console.log(`${name.padEnd(28)} ${String(Math.round((N / ms) * 1000)).padStart(7)} stories/s   p50 ${pct(lat, 50).toFixed(1)} ms   p95 ${pct(lat, 95).toFixed(1)} ms`);

/** Waits until `count` jobs completed on the last queue of the chain; returns per-story latency. */
function collector(queueName, prefix, count, started) {
  const events = new QueueEvents(queueName, { connection: createRedis(REDIS_URL, 'worker'), prefix });
  const lat = [];
  const done = new Promise((resolve) => {
    events.on('completed', ({ jobId }) => {
      lat.push(performance.now() - started.get(jobId));
      if (lat.length === count) resolve();
    });
  });
  return { events, lat, done };
}

async function dealwireRun() {
  const prefix = `dealwire-bench-${Date.now()}`;
  const ctx = createContext(config, createLogger('silent'), prefix);
  const roles = [await startClassifyRole(ctx), await startExtractRole(ctx)];
  // The alert stage's work is storage and matching; the chain ends at its queue here.
  const alertSink = new Worker('alert', async () => {}, { connection: createRedis(REDIS_URL, 'worker'), prefix, concurrency: CONC });
  for (let i = 0; i < N; i++) {
    const s = stories[i % stories.length];
    await saveArticle(ctx.redis, prefix, { id: `a${i}`, url: `https://x/${i}`, title: s.title, text: s.text, source: 'bench', received_at: '' }, 600);
  }
  const expected = Array.from({ length: N }, (_, i) => i).filter((i) => stories[i % stories.length].expect.length).length;
  const started = new Map();
  const c = collector('alert', prefix, expected, started);
  await c.events.waitUntilReady();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    started.set(`a${i}`, performance.now());
    await ctx.queues.classify.add('classify', { articleId: `a${i}` }, { jobId: `a${i}` });
  }
  await c.done;
  const ms = performance.now() - t0;
  await Promise.all([...roles.map((r) => r.close()), alertSink.close(), c.events.close()]);
  await closeContext(ctx);
  await dropPrefix(REDIS_URL, prefix);
  return { ms, lat: c.lat };
}

async function bareRun() {
  const prefix = `bare-bench-${Date.now()}`;
  const conn = createRedis(REDIS_URL, 'worker');
  const q = Object.fromEntries(['classify', 'extract', 'alert'].map((n) => [n, new Queue(n, { connection: conn, prefix })]));
  const isDeal = (id) => stories[Number(id.slice(1)) % stories.length].expect.length > 0;
  const w = [
    new Worker('classify', async (job) => { if (isDeal(job.id)) await q.extract.add('extract', job.data, { jobId: job.id }); }, { connection: createRedis(REDIS_URL, 'worker'), prefix, concurrency: CONC }),
    new Worker('extract', async (job) => { await q.alert.add('alert', job.data, { jobId: job.id }); }, { connection: createRedis(REDIS_URL, 'worker'), prefix, concurrency: CONC }),
    new Worker('alert', async () => {}, { connection: createRedis(REDIS_URL, 'worker'), prefix, concurrency: CONC }),
  ];
  const expected = Array.from({ length: N }, (_, i) => `a${i}`).filter(isDeal).length;
  const started = new Map();
  const c = collector('alert', prefix, expected, started);
  await c.events.waitUntilReady();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    started.set(`a${i}`, performance.now());
    await q.classify.add('classify', { articleId: `a${i}` }, { jobId: `a${i}` });
  }
  await c.done;
  const ms = performance.now() - t0;
  await Promise.all([...w.map((x) => x.close()), c.events.close(), ...Object.values(q).map((x) => x.close())]);
  conn.disconnect();
  await dropPrefix(REDIS_URL, prefix);
  return { ms, lat: c.lat };
}

console.log(`pipeline bench: ${N} stories (${stories.length} sample texts, deals go classify -> extract -> alert), concurrency ${CONC}`);
const bare = await bareRun();
const dw = await dealwireRun();
report('bare BullMQ (no-op stages)', bare.ms, bare.lat);
report('dealwire', dw.ms, dw.lat);
console.log(`dealwire / bare throughput: ${(bare.ms / dw.ms).toFixed(2)}`);
process.exit(0);
