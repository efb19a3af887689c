// `dealwire feeds list|disable|pause|enable|reload|poll` against real Redis,
// and a config reload that adds and removes feeds: the schedulers follow.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command } from '../../src/cli/feeds.js';
import { loadConfig } from '../../src/shared/config/index.js';
import { createLogger } from '../../src/shared/logger.js';
import { createContext, closeContext, type PipelineContext } from '../../src/shared/pipeline.js';
import { dropPrefix } from '../../src/shared/redis.js';
import { reconcileFeeds } from '../../src/feeds/reconcile.js';
import { reloadFeeds } from '../../src/workers/poll.js';
import { REDIS_URL, testPrefix } from '../helpers/context.js';

const feedsYaml = (names: string[]) =>
  `feeds:\n${names.map((n) => `  - name: ${n}\n    url: http://127.0.0.1:9/${n}.xml\n    interval_s: 300\n`).join('')}`;

let dir: string;
let prefix: string;
let ctx: PipelineContext;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dealwire-feeds-cli-'));
  cpSync('config', dir, { recursive: true });
  writeFileSync(join(dir, 'feeds.yaml'), feedsYaml(['alpha', 'beta']));
  prefix = testPrefix();
  Object.assign(process.env, { DEALWIRE_CONFIG: dir, DEALWIRE_REDIS_PREFIX: prefix, REDIS_URL });
  ctx = createContext(loadConfig(dir, process.env), createLogger('silent'), prefix);
  await reconcileFeeds(ctx, ctx.config.feeds);
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  process.env = saved;
  await ctx.queues.poll.obliterate({ force: true }).catch(() => {});
  await closeContext(ctx);
  await dropPrefix(REDIS_URL, prefix);
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<string> {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  expect(await command.run(args)).toBe(0);
  vi.restoreAllMocks();
  return out.join('\n');
}

const schedulers = async () => (await ctx.queues.poll.getJobSchedulers(0, -1)).map((s) => s.key).sort();

describe('dealwire feeds (Redis)', () => {
  it('lists, disables, pauses and enables feeds', async () => {
    const list = (await run('list', '--json')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(list.map((f) => [f.name, f.status])).toEqual([
      ['alpha', 'active'],
      ['beta', 'active'],
    ]);
    expect(await run('disable', 'alpha', '--reason', 'spam')).toMatch(/alpha: disabled/);
    expect(await schedulers()).toEqual(['feed-beta']);
    expect(await run('pause', 'beta', '--for', '2h')).toMatch(/beta: paused until 20/);
    expect(await run('list')).toMatch(/alpha\s+disabled.*spam/);
    expect(await run('enable', 'alpha')).toMatch(/alpha: active/);
    expect(await run('enable', 'beta')).toMatch(/beta: active/);
    expect(await schedulers()).toEqual(['feed-alpha', 'feed-beta']);
    await expect(command.run(['disable', 'nope'])).rejects.toThrow(/no feed named 'nope'/);
    await expect(command.run(['pause', 'beta', '--for', 'soon'])).rejects.toThrow(/bad duration/);
  });

  it('queues a poll now', async () => {
    expect(await run('poll', 'beta')).toMatch(/beta: poll queued/);
    expect((await ctx.queues.poll.getJobs(['waiting'])).some((j) => j.name === 'poll-now' && j.data.feed === 'beta')).toBe(true);
  });

  it('reloads feeds.yaml: new feeds get a scheduler, removed ones lose theirs', async () => {
    writeFileSync(join(dir, 'feeds.yaml'), feedsYaml(['beta', 'gamma']));
    expect(await run('reload')).toMatch(/added 1, updated 0, removed 1, unchanged 1/);
    expect(await schedulers()).toEqual(['feed-beta', 'feed-gamma']);
    // The same through the poll role's reload (what SIGHUP runs), on a context of its own.
    writeFileSync(join(dir, 'feeds.yaml'), feedsYaml(['gamma']));
    expect(await reloadFeeds(ctx)).toMatchObject({ removed: ['beta'], unchanged: ['gamma'] });
    expect(await schedulers()).toEqual(['feed-gamma']);
  });
});
