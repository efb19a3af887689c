// A pipeline context on the real Redis under a prefix of its own, so tests run
// in parallel without seeing each other's keys; dispose() removes every key.
import { randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../../src/shared/config/index.js';
import { createLogger } from '../../src/shared/logger.js';
import { createContext, closeContext, type PipelineContext } from '../../src/shared/pipeline.js';
import { dropPrefix } from '../../src/shared/redis.js';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function testPrefix(): string {
  return `dealwire-test-${randomUUID()}`;
}

/** The repository's config with test-friendly changes applied by `tweak`. */
export function testConfig(tweak: (c: Config) => void = () => {}): Config {
  const config = loadConfig('config', { REDIS_URL });
  tweak(config);
  return config;
}

export interface TestContext extends PipelineContext {
  dispose(): Promise<void>;
}

export function testContext(config: Config = testConfig()): TestContext {
  const prefix = testPrefix();
  const ctx = createContext(config, createLogger(process.env.LOG_LEVEL ?? 'silent'), prefix);
  return {
    ...ctx,
    async dispose() {
      await closeContext(ctx);
      await dropPrefix(config.app.redis.url, prefix);
    },
  };
}
