// The demo's pipeline: sample feed -> all roles -> a verifying receiver, on any
// Redis and key prefix. `dealwire demo` and the end-to-end test both run it.
import { randomBytes } from 'node:crypto';
import type { Config } from '../shared/config/index.js';
import type { Logger } from '../shared/logger.js';
import { createContext, closeContext, type PipelineContext } from '../shared/pipeline.js';
import { startService, type RoleName, type Service } from '../service.js';
import { seedSubscriptions } from '../subscriptions/store.js';
import { startFeedServer, type FeedServer, type FeedStory } from './feed-server.js';
import { startReceiver, type Receiver, type ReceivedDelivery } from './receiver.js';

export interface DemoPipeline {
  ctx: PipelineContext;
  feed: FeedServer;
  receiver: Receiver;
  service: Service;
  close(): Promise<void>;
}

export interface DemoOptions {
  config: Config;
  logger: Logger;
  redisUrl: string;
  prefix: string;
  stories: FeedStory[];
  roles: RoleName[];
  /** Seconds between polls of the sample feed. */
  pollEvery?: number;
  onDelivery?: (d: ReceivedDelivery) => void;
}

export const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** The configuration with the sample feed, the local receiver, and development delivery settings. */
export function demoConfig(base: Config, o: { redisUrl: string; feedUrl: string; receiverUrl: string; secret: string; pollEvery: number }): Config {
  const app = structuredClone(base.app);
  app.redis.url = o.redisUrl;
  app.poll.min_interval_s = Math.min(app.poll.min_interval_s, o.pollEvery);
  // The receiver is on loopback and speaks plain HTTP: allowed here only.
  app.delivery.allow_private_targets = true;
  app.delivery.require_https = false;
  app.delivery.retry_schedule_s = [0, 1, 2, 5];
  return {
    ...base,
    app,
    feeds: [{ name: 'demo-wire', url: o.feedUrl, interval_s: o.pollEvery, enabled: true }],
    subscriptions: [{ id: 'demo-receiver', url: o.receiverUrl, secret: o.secret, description: 'dealwire demo receiver' }],
  };
}

export async function startDemoPipeline(o: DemoOptions): Promise<DemoPipeline> {
  const secret = newSecret();
  const feed = await startFeedServer(o.stories);
  const receiver = await startReceiver(secret, o.onDelivery);
  const config = demoConfig(o.config, { redisUrl: o.redisUrl, feedUrl: feed.feedUrl, receiverUrl: receiver.url, secret, pollEvery: o.pollEvery ?? 2 });
  const ctx = createContext(config, o.logger, o.prefix);
  await seedSubscriptions(ctx);
  const service = await startService(ctx, o.roles);
  return {
    ctx,
    feed,
    receiver,
    service,
    async close() {
      await service.close();
      await closeContext(ctx);
      await Promise.all([feed.close(), receiver.close()]);
    },
  };
}
