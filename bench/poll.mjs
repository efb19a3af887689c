// Poll throughput: 2,000 feeds on local servers (a separate process, so its
// CPU is not counted), half answering 304 to conditional GETs and half
// re-sending an unchanged feed. Measured for one poll process:
//   1. dealwire's poll stage: BullMQ poll jobs -> pollFeed (feed state, lock,
//      per-host cap, conditional GET, decode, parse, dedup) on real Redis
//   2. the same pollFeed calls without BullMQ (what the queue hop costs)
//   3. a bare loop: fetch + new rss-parser per feed, same concurrency (baseline)
// Three passes each: "cold" (every item new: stored and enqueued), "steady"
// (nothing changed: 1,000 answer 304, 1,000 re-send the same bytes) and
// "changed" (the 1,000 feeds without validators each gain one new item).
//   npm run build && node bench/poll.mjs [FEEDS] [CONCURRENCY]
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { QueueEvents } from 'bullmq';
import Parser from 'rss-parser';

const FEEDS = Number(process.argv[2] ?? 2000);
const CONC = Number(process.argv[3] ?? 64);
const HOSTS = 32; // 127.0.0.1 .. 127.0.0.32: the per-host cap applies as it would across publishers
const ITEMS = 20;

function feedXml(n, generation) {
  const fresh = n % 2 === 1 && generation > 0 ? `<item><title>Breaking ${n}-g${generation}: new GPU lease</title><link>https://news${n % 97}.example.com/${n}/g${generation}</link><guid>story-${n}-g${generation}</guid><pubDate>${new Date(Date.UTC(2025, 10, 3, 13)).toUTCString()}</pubDate><description>Fresh.</description></item>\n` : '';
  const items = fresh + Array.from({ length: ITEMS }, (_, i) => {
    const when = new Date(Date.UTC(2025, 10, 3, 12) - (n * 7 + i) * 3600_000).toUTCString();
    return `<item><title>Story ${n}-${i}: cloud capacity deal worth $${i + 1} billion</title><link>https://news${n % 97}.example.com/${n}/${i}?utm_source=rss</link><guid>story-${n}-${i}</guid><pubDate>${when}</pubDate><description>${'Compute capacity, GPUs and power for AI workloads. '.repeat(6)}</description></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Feed ${n}</title><link>https://example.com/${n}</link>\n${items}\n</channel></rss>`;
}

// ---- server process -------------------------------------------------------
if (process.argv[2] === 'serve') {
  let generation = 0;
  let bodies = new Map();
  const body = (n) => bodies.get(n) ?? (bodies.set(n, Buffer.from(feedXml(n, generation))), bodies.get(n));
  process.on('message', (m) => {
    generation = m.generation;
    bodies = new Map();
    process.send({ ack: generation });
  });
  const ports = [];
  for (let h = 1; h <= HOSTS; h++) {
    const server = createServer((req, res) => {
      const n = Number(/\/f\/(\d+)\.xml/.exec(req.url)?.[1]);
      const b = body(n);
      if (n % 2 === 0) {
        const etag = `"${createHash('sha1').update(b).digest('hex').slice(0, 16)}"`;
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
        return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(b);
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(b);
    });
    server.keepAliveTimeout = 60_000;
    await new Promise((r) => server.listen(0, `127.0.0.${h}`, r));
    ports.push(server.address().port);
  }
  process.send({ ports });
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

async function main() {
  const { loadConfig } = await import('../dist/shared/config/index.js');
  const { createLogger } = await import('../dist/shared/logger.js');
  const { createContext, closeContext } = await import('../dist/shared/pipeline.js');
  const { createRedis, dropPrefix } = await import('../dist/shared/redis.js');
  const { startPollRole } = await import('../dist/workers/poll.js');
  const { pollFeed } = await import('../dist/feeds/poller.js');
  const { createHttpAgent } = await import('../dist/feeds/http.js');
  const { HostLimiter } = await import('../dist/feeds/limiter.js');
  const { ItemMemo } = await import('../dist/feeds/memo.js');

  const child = fork(fileURLToPath(import.meta.url), ['serve'], { stdio: 'inherit' });
  const { ports } = await new Promise((r) => child.once('message', r));
  const urlOf = (n) => `http://127.0.0.${(n % HOSTS) + 1}:${ports[n % HOSTS]}/f/${n}.xml`;
  const feeds = Array.from({ length: FEEDS }, (_, n) => ({ name: `f${n}`, url: urlOf(n), interval_s: 300, enabled: true }));

  const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const config = loadConfig('config', { REDIS_URL });
  config.feeds = feeds;
  config.app.concurrency.poll = CONC;
  config.app.poll.fulltext_min_chars = 0; // no article pages on the bench server
  const results = [];
  const setGeneration = (generation) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send({ generation });
    });

  async function measure(name, pass) {
    let generation = 0;
    for (const phase of ['cold', 'steady', 'changed']) {
      if (phase === 'changed') await setGeneration(++generation);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const outcomes = await pass();
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const row = { name, phase, feeds_per_s: Math.round((FEEDS / ms) * 1000), cpu_us_per_feed: Math.round((cpu.user + cpu.system) / FEEDS), wall_ms: Math.round(ms), outcomes };
      results.push(row);
      console.log(`${name.padEnd(32)} ${phase.padEnd(8)} ${String(row.feeds_per_s).padStart(6)} feeds/s ${String(row.cpu_us_per_feed).padStart(6)} µs CPU/feed   ${JSON.stringify(outcomes)}`);
    }
    await setGeneration(0);
  }

  // 1. The poll stage as deployed: scheduler-free here, one poll-now job per feed through BullMQ.
  {
    const prefix = `dealwire-bench-poll-${Date.now()}`;
    const ctx = createContext({ ...config, feeds: [] }, createLogger('silent'), prefix);
    const role = await startPollRole(ctx);
    await ctx.redis.hset(`${prefix}:feeds:config`, ...feeds.flatMap((f) => [f.name, JSON.stringify(f)]));
    const events = new QueueEvents('poll', { connection: createRedis(REDIS_URL, 'worker'), prefix });
    await events.waitUntilReady();
    await measure('dealwire poll stage (BullMQ)', async () => {
      const outcomes = {};
      let left = FEEDS;
      const done = new Promise((resolve) => {
        const onDone = ({ returnvalue }) => {
          const o = (typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue)?.outcome ?? 'failed';
          outcomes[o] = (outcomes[o] ?? 0) + 1;
          if (--left === 0) {
            events.off('completed', onDone);
            events.off('failed', onDone);
            resolve();
          }
        };
        events.on('completed', onDone);
        events.on('failed', onDone);
      });
      await ctx.queues.poll.addBulk(feeds.map((f) => ({ name: 'poll-now', data: { feed: f.name } })));
      await done;
      return outcomes;
    });
    const classified = await ctx.queues.classify.getJobCountByTypes('waiting');
    console.log(`  classify jobs after the three passes: ${classified} (${FEEDS} feeds x ${ITEMS} items + ${FEEDS / 2} new ones, each once)`);
    await role.close();
    await events.close();
    await closeContext(ctx);
    await dropPrefix(REDIS_URL, prefix);
  }

  // 2. pollFeed directly, same concurrency, no queue.
  {
    const prefix = `dealwire-bench-direct-${Date.now()}`;
    const ctx = createContext(config, createLogger('silent'), prefix);
    const agent = createHttpAgent(config.app.poll.connect_timeout_ms);
    const deps = {
      redis: createRedis(REDIS_URL, 'worker'), prefix, poll: config.app.poll, retention: config.app.retention, agent,
      limiter: new HostLimiter(config.app.poll.per_host_concurrency), memo: new ItemMemo(), logger: ctx.logger,
      enqueue: async (jobs) => void (await ctx.queues.classify.addBulk(jobs.map(({ articleId, jobId }) => ({ name: 'classify', data: { articleId }, opts: { jobId } })))),
    };
    await measure('dealwire pollFeed (no BullMQ)', async () => {
      const outcomes = {};
      await pool(feeds, CONC, async (f) => {
        const o = (await pollFeed(deps, f, { force: true })).outcome;
        outcomes[o] = (outcomes[o] ?? 0) + 1;
      });
      return outcomes;
    });
    await agent.close();
    deps.redis.disconnect();
    await closeContext(ctx);
    await dropPrefix(REDIS_URL, prefix);
  }

  // 3. Baseline: global fetch + rss-parser, remembering ETags, nothing else.
  {
    const etags = new Map();
    await measure('bare fetch + rss-parser loop', async () => {
      const outcomes = {};
      await pool(feeds, CONC, async (f) => {
        const headers = etags.has(f.url) ? { 'if-none-match': etags.get(f.url) } : {};
        const res = await fetch(f.url, { headers });
        let o = 'not_modified';
        if (res.status === 200) {
          const et = res.headers.get('etag');
          if (et) etags.set(f.url, et);
          await new Parser().parseString(await res.text());
          o = 'ok';
        } else await res.arrayBuffer();
        outcomes[o] = (outcomes[o] ?? 0) + 1;
      });
      return outcomes;
    });
  }

  child.disconnect();
  console.log(JSON.stringify({ feeds: FEEDS, concurrency: CONC, per_host: config.app.poll.per_host_concurrency, hosts: HOSTS, items_per_feed: ITEMS, results }));
  process.exit(0);
}

async function pool(items, n, fn) {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}
