// dealwire feeds: check feed files offline; list, enable, disable, pause,
// reload and poll feeds against Redis.
import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';
import { CliError, connect, loadConfigOrExit } from './bootstrap.js';
import { closeContext, type PipelineContext } from '../shared/pipeline.js';
import { checkFeedFile, listFeedFiles, type CheckResult } from '../feeds/check.js';
import type { FeedStatus } from '../feeds/admin.js';

const HELP = `Usage:
  dealwire feeds check PATH [--json]    parse a feed file, or every file under a folder, offline
  dealwire feeds list [--json]          every configured feed with its state
  dealwire feeds enable NAME            re-enable a disabled or paused feed (clears its error count)
  dealwire feeds disable NAME [--reason TEXT]
  dealwire feeds pause NAME [--for DURATION]   stop polling, for a while (30m, 2h, 1d) or until enabled
  dealwire feeds reload                 re-read feeds.yaml and reconcile the poll schedulers
  dealwire feeds poll NAME              poll a feed now, whatever its next due time

check prints one line per file; with --json, one JSON object per line:
  {"file", "ok", "format", "items", "error"}
then a summary line {"summary": {"files", "ok", "failed", "items"}}. It always
exits 0 once every file was tried; "ok": false lines say what was wrong.
The other sub-commands use Redis (REDIS_URL) and the config folder (DEALWIRE_CONFIG).`;

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** One readable line per feed, for `feeds list` and `status`. */
export function feedLine(f: FeedStatus): string {
  const why = f.disabled_reason ?? (f.last_error ? `${f.last_error_kind}: ${f.last_error}` : '');
  return `${f.name.padEnd(24)} ${f.status.padEnd(13)} errors=${f.consecutive_errors} next=${f.next_poll_at ?? 'next tick'} ${why}`.trimEnd();
}

export function parseDuration(text: string): number {
  const m = /^(\d+)\s*([smhd])?$/.exec(text.trim());
  if (!m) throw new CliError(`bad duration '${text}': use a number with s, m, h or d (e.g. 30m)`, 2);
  return Number(m[1]) * (UNITS[m[2] ?? 's'] ?? 1);
}

async function check(path: string | undefined, json: boolean): Promise<number> {
  if (!path) throw new CliError('feeds check needs a PATH (a feed file or a folder)', 2);
  let files: string[];
  try {
    files = listFeedFiles(path);
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${(err as Error).message}`, 1);
  }
  const summary = { files: 0, ok: 0, failed: 0, items: 0 };
  for (const file of files) {
    const r: CheckResult = await checkFeedFile(file);
    summary.files++;
    summary.items += r.items;
    if (r.ok) summary.ok++;
    else summary.failed++;
    process.stdout.write(json ? JSON.stringify(r) + '\n' : `${r.ok ? 'ok  ' : 'FAIL'} ${r.file}  ${r.ok ? `${r.format}, ${r.items} items` : r.error}\n`);
  }
  process.stdout.write(json ? JSON.stringify({ summary }) + '\n' : `\n${summary.ok} of ${summary.files} files parsed, ${summary.items} items\n`);
  return 0;
}

async function withRedis(run: (ctx: PipelineContext) => Promise<number>): Promise<number> {
  const ctx = await connect(loadConfigOrExit());
  try {
    return await run(ctx);
  } finally {
    await closeContext(ctx);
  }
}

const needName = (sub: string, name: string | undefined): string => {
  if (!name) throw new CliError(`feeds ${sub} needs a feed NAME (see dealwire feeds list)`, 2);
  return name;
};

const unknownFeed = (name: string) => new CliError(`no feed named '${name}' (see dealwire feeds list)`, 1);

export const command: CliCommand = {
  name: 'feeds',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, reason: { type: 'string' }, for: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const [sub, arg] = positionals;
    if (sub === 'check') return check(arg, values.json ?? false);
    // Everything below talks to Redis; loaded lazily so `check` stays offline.
    const admin = await import('../workers/poll.js');
    switch (sub) {
      case 'list':
        return withRedis(async (ctx) => {
          const feeds = await admin.feedStatuses(ctx);
          if (values.json) for (const f of feeds) process.stdout.write(JSON.stringify(f) + '\n');
          else
            for (const f of feeds) console.log(feedLine(f));
          return 0;
        });
      case 'enable':
      case 'disable':
      case 'pause': {
        const name = needName(sub, arg);
        const untilMs = values.for ? Date.now() + parseDuration(values.for) * 1000 : undefined;
        return withRedis(async (ctx) => {
          const status =
            sub === 'enable' ? await admin.enableFeed(ctx, name) : sub === 'disable' ? await admin.disableFeed(ctx, name, values.reason) : await admin.pauseFeed(ctx, name, untilMs);
          if (!status) throw unknownFeed(name);
          console.log(`${name}: ${status.status}${status.paused_until ? ` until ${status.paused_until}` : ''}`);
          return 0;
        });
      }
      case 'reload':
        return withRedis(async (ctx) => {
          const r = await admin.reloadFeeds(ctx);
          console.log(`added ${r.added.length}, updated ${r.updated.length}, removed ${r.removed.length}, unchanged ${r.unchanged.length}`);
          return 0;
        });
      case 'poll': {
        const name = needName(sub, arg);
        return withRedis(async (ctx) => {
          if (!(await admin.feedStatus(ctx, name))) throw unknownFeed(name);
          await admin.pollNow(ctx, name);
          console.log(`${name}: poll queued`);
          return 0;
        });
      }
      default:
        throw new CliError(sub ? `unknown sub-command '${sub}'\n${HELP}` : HELP, 2);
    }
  },
};
