// What every command that talks to Redis does first: load and validate config,
// make sure Redis answers, build the pipeline context. Failures become one clear
// line on stderr (CliError), never a stack trace.
import { loadConfig, ConfigError, type Config } from '../shared/config/index.js';
import { createLogger, type Logger } from '../shared/logger.js';
import { pingRedis, describeRedisUrl } from '../shared/redis.js';
import { createContext, type PipelineContext } from '../shared/pipeline.js';
import { CliError } from './errors.js';

export { CliError };

export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(undefined, env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(`config error: ${err.message}`, 2);
    throw err;
  }
}

export function redisHelp(url: string): string {
  return (
    `cannot reach Redis at ${describeRedisUrl(url)} (from REDIS_URL or config/app.yaml redis.url). ` +
    `Start one with \`redis-server --daemonize yes\` (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) ` +
    `or \`docker compose up -d redis\`, or point REDIS_URL at yours.`
  );
}

export async function requireRedis(url: string): Promise<void> {
  if (!(await pingRedis(url))) throw new CliError(redisHelp(url), 3);
}

export async function connect(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<PipelineContext> {
  await requireRedis(config.app.redis.url);
  return createContext(config, logger);
}

/** Runs until SIGINT/SIGTERM, then calls stop once; a second signal exits at once. */
export function untilSignal(logger: Logger, stop: () => Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(130);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down: letting active jobs finish');
      stop().then(
        () => resolve(0),
        (err: Error) => {
          logger.error({ err: err.message }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
