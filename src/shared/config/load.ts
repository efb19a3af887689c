// Reads config/*.yaml, validates each file against its schema, applies defaults
// and the environment overrides of contract.md §4. A bad file stops the start
// with one line: file, key, problem.
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { TSchema, Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import {
  AppSchema,
  EntitiesFileSchema,
  FeedsFileSchema,
  RatesFileSchema,
  SubscriptionsFileSchema,
  type AppConfig,
  type CompanyConfig,
  type FeedConfig,
  type RatesConfig,
  type SubscriptionSeed,
} from './schema.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config {
  dir: string;
  app: AppConfig;
  feeds: FeedConfig[];
  companies: CompanyConfig[];
  rates: RatesConfig;
  subscriptions: SubscriptionSeed[];
  /** DEALWIRE_API_TOKEN; never logged. */
  apiToken: string | undefined;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_CONFIG_DIR = 'config';

export function configDir(env: Env = process.env): string {
  return env.DEALWIRE_CONFIG || DEFAULT_CONFIG_DIR;
}

/** Validate one parsed document; throws ConfigError naming the file and the first bad key. */
export function validateDocument<S extends TSchema>(schema: S, doc: unknown, file: string): Static<S> {
  const withDefaults = Value.Default(schema, Value.Clone(doc ?? {}));
  const first = Value.Errors(schema, withDefaults).First();
  if (first) {
    const key = first.path.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
    throw new ConfigError(`${file}: ${key}: ${describe(first.message, first.value)}`);
  }
  return withDefaults as Static<S>;
}

function describe(message: string, value: unknown): string {
  const shown = value === undefined ? 'missing' : JSON.stringify(value)?.slice(0, 60);
  return `${message.toLowerCase()} (got ${shown})`;
}

function readYaml(path: string, label: string, required: boolean): unknown {
  if (!existsSync(path)) {
    if (required) throw new ConfigError(`${label}: file not found`);
    return {};
  }
  try {
    return parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch (err) {
    const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const what = (err as Error).message.split('\n')[0];
    throw new ConfigError(`${label}${line ? `:${line}` : ''}: not valid YAML: ${what}`);
  }
}

function loadFile<S extends TSchema>(dir: string, name: string, schema: S, required: boolean): Static<S> {
  const path = join(dir, name);
  const rel = relative(process.cwd(), path);
  const label = rel && !rel.startsWith('..') ? rel : path;
  return validateDocument(schema, readYaml(path, label, required), label);
}

function envBool(env: Env, name: string): boolean | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  if (/^(true|1|yes)$/i.test(v)) return true;
  if (/^(false|0|no)$/i.test(v)) return false;
  throw new ConfigError(`environment ${name}: expected true or false (got ${JSON.stringify(v)})`);
}

function envPort(env: Env, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`environment ${name}: expected a port number 0-65535 (got ${JSON.stringify(v)})`);
  }
  return n;
}

export function loadConfig(dir: string = configDir(), env: Env = process.env): Config {
  const app = loadFile(dir, 'app.yaml', AppSchema, false);
  const feeds = loadFile(dir, 'feeds.yaml', FeedsFileSchema, false).feeds;
  const companies = loadFile(dir, 'entities.yaml', EntitiesFileSchema, true).companies;
  const rates = loadFile(dir, 'rates.yaml', RatesFileSchema, true);
  const subscriptions = loadFile(dir, 'subscriptions.yaml', SubscriptionsFileSchema, false).subscriptions;

  const names = new Set<string>();
  feeds.forEach((f, i) => {
    if (names.has(f.name)) throw new ConfigError(`${join(dir, 'feeds.yaml')}: feeds.${i}.name: duplicate feed name ${JSON.stringify(f.name)}`);
    names.add(f.name);
  });

  if (env.REDIS_URL) app.redis.url = env.REDIS_URL;
  if (env.DEALWIRE_REDIS_PREFIX) app.redis.prefix = env.DEALWIRE_REDIS_PREFIX;
  app.api.port = envPort(env, 'PORT') ?? app.api.port;
  app.delivery.allow_private_targets = envBool(env, 'DEALWIRE_ALLOW_PRIVATE_TARGETS') ?? app.delivery.allow_private_targets;

  return {
    dir,
    app,
    feeds,
    companies,
    rates,
    subscriptions,
    apiToken: env.DEALWIRE_API_TOKEN || undefined,
    logLevel: env.LOG_LEVEL || 'info',
  };
}
