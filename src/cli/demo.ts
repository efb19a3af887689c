import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { CliCommand } from './command.js';
import { CliError, loadConfigOrExit, redisHelp, shutdownSignal } from './bootstrap.js';
import { createLogger } from '../shared/logger.js';
import { pingRedis, describeRedisUrl, dropPrefix } from '../shared/redis.js';
import { queueCounts } from '../shared/queue-depth.js';
import { ROLES } from '../service.js';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../demo/private-redis.js';
import { loadDemoStories, unmet, describeEvent, type WebhookEvent } from '../demo/stories.js';
import { startDemoPipeline, type DemoPipeline } from '../demo/pipeline.js';

const HELP = `Usage: dealwire demo [--once] [--timeout SECONDS]

Serves the bundled sample stories (demo/stories: the seed story, two more deals
and a story that is not a deal) as an RSS feed on a local port, starts a webhook
receiver that verifies every delivery's Standard Webhooks signature and prints
each alert, and runs the whole pipeline between them (poll, classify, extract,
alert, deliver, and the API with its dashboard).

Redis: REDIS_URL (default redis://127.0.0.1:6379), under a private key prefix
that is removed at the end. When nothing answers there and redis-server is on
PATH, the demo starts a throw-away one of its own.

  --once          exit 0 as soon as every story went through and every expected
                  alert arrived; exit 1 with the reason after the timeout
  --timeout N     seconds to wait with --once (default 90)`;

async function chooseRedis(url: string): Promise<{ url: string; own?: PrivateRedis }> {
  if (await pingRedis(url)) return { url };
  if (!hasRedisServer()) throw new CliError(redisHelp(url), 3);
  const own = await startPrivateRedis();
  console.log(`no Redis at ${describeRedisUrl(url)}: started a private redis-server at ${own.url}`);
  return { url: own.url, own };
}

async function settled(demo: DemoPipeline, stories: number): Promise<boolean> {
  const counts = await queueCounts(demo.ctx.queues);
  const busy = (['classify', 'extract', 'alert', 'deliver'] as const).some((q) => counts[q]!.waiting + counts[q]!.active + counts[q]!.delayed > 0);
  return !busy && counts.classify!.completed + counts.classify!.failed >= stories;
}

export const command: CliCommand = {
  name: 'demo',
  help: HELP,
  async run(args) {
    const { values } = parseArgs({ args, options: { once: { type: 'boolean' }, timeout: { type: 'string', default: '90' } }, strict: true });
    const timeoutS = Number(values.timeout);
    if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new CliError(`--timeout: expected seconds > 0 (got ${values.timeout})`, 2);

    const config = loadConfigOrExit();
    const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
    const redis = await chooseRedis(config.app.redis.url);
    const stories = loadDemoStories();
    const prefix = `dealwire-demo-${randomBytes(4).toString('hex')}`;
    const events: WebhookEvent[] = [];
    config.apiToken ??= randomBytes(16).toString('hex');
    // Loopback only, and a free port unless PORT asks for one.
    config.app.api.host = '127.0.0.1';
    if (!process.env.PORT) config.app.api.port = 0;

    const stop = values.once ? undefined : shutdownSignal(logger);
    const demo = await startDemoPipeline({
      config,
      logger,
      redisUrl: redis.url,
      prefix,
      stories,
      roles: [...ROLES],
      onDelivery: (d) => {
        events.push(d.event);
        console.log(`✔ ${describeEvent(d.event)}\n      webhook-id ${d.webhookId}, signature verified`);
      },
    });
    console.log(`dealwire demo: ${stories.length} sample stories at ${demo.feed.feedUrl}`);
    console.log(`  webhook receiver ${demo.receiver.url}`);
    const api = demo.service.roles.find((r) => r.name === 'api')?.url;
    console.log(`  dashboard ${api}/admin/queues (user: any, password: the API token${process.env.DEALWIRE_API_TOKEN ? '' : ` ${config.apiToken}`})`);
    console.log('waiting for alerts…\n');

    const finish = async () => {
      await demo.close();
      await dropPrefix(redis.url, prefix);
      redis.own?.stop();
    };

    if (stop) {
      await stop;
      await finish();
      return 0;
    }
    const deadline = Date.now() + timeoutS * 1000;
    let missing = unmet(stories, events);
    while (Date.now() < deadline) {
      missing = unmet(stories, events);
      if (!missing.length && (await settled(demo, stories.length))) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const ok = !missing.length && demo.receiver.rejected === 0;
    await finish();
    if (ok) {
      console.log(`\ndemo complete: ${events.length} alerts delivered and verified for ${stories.length} stories`);
      return 0;
    }
    const why = missing.length
      ? `expected alerts did not arrive within ${timeoutS} s: ${missing.map((m) => `${m.story} ${JSON.stringify(m.want)}`).join('; ')}`
      : `${demo.receiver.rejected} deliveries failed signature verification`;
    throw new CliError(`demo failed: ${why}`, 1);
  },
};
