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

/**
 * Resolves on the first SIGINT/SIGTERM. The handlers are installed at once, so
 * a signal that arrives while roles are still starting is not lost (without a
 * handler, Node would die on it at once). A second signal exits immediately.
 */
export function shutdownSignal(logger: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(130);
      }
      received = true;
      logger.info({ signal }, 'shutting down: letting active jobs finish');
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
