// dealwire replay: put dead-letter deliveries back in the deliver queue, one by
// id or every one that failed within a time range. The deliver role (of any
// running `dealwire start`) then sends them, with their original webhook-id.
import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';
import { CliError, connect, loadConfigOrExit } from './bootstrap.js';
import { closeContext } from '../shared/pipeline.js';
import { replayById, replayRange } from '../delivery/dead-letters.js';

function date(value: string, flag: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new CliError(`${flag}: not an ISO 8601 date/time (got ${JSON.stringify(value)})`, 2);
  return d;
}

export const command: CliCommand = {
  name: 'replay',
  help: `Usage: dealwire replay --id ID
       dealwire replay --since ISO [--until ISO]

Replays dead-letter deliveries (GET /v1/deliveries?status=failed lists them):
one by its id, or every one that failed within the time range (until defaults
to now). Each gets a fresh set of attempts and keeps its webhook-id, so
receivers can still drop repeats. A running deliver role sends them.

Exit code 0 when something was replayed, 1 when nothing matched.`,
  async run(args) {
    let values: { id?: string; since?: string; until?: string };
    try {
      ({ values } = parseArgs({ args, options: { id: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' } }, strict: true }));
    } catch (err) {
      throw new CliError((err as Error).message, 2);
    }
    if ((values.id === undefined) === (values.since === undefined)) throw new CliError('give either --id ID or --since ISO [--until ISO]', 2);
    if (values.until !== undefined && values.since === undefined) throw new CliError('--until needs --since', 2);
    const since = values.since === undefined ? undefined : date(values.since, '--since');
    const until = values.until === undefined ? new Date() : date(values.until, '--until');

    const ctx = await connect(loadConfigOrExit());
    try {
      const ids = values.id !== undefined ? ((await replayById(ctx.queues.deliver, values.id)) ? [values.id] : []) : await replayRange(ctx.queues.deliver, since!, until);
      if (ids.length === 0) {
        console.error(values.id !== undefined ? `no failed delivery ${values.id}` : 'no failed deliveries in that range');
        return 1;
      }
      for (const id of ids) console.log(id);
      console.error(`replayed ${ids.length} deliver${ids.length === 1 ? 'y' : 'ies'}`);
      return 0;
    } finally {
      await closeContext(ctx);
    }
  },
};
