import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';
import { connect, loadConfigOrExit } from './bootstrap.js';
import { closeContext } from '../shared/pipeline.js';
import { queueCounts } from '../shared/queue-depth.js';
import { feedStatuses } from '../workers/poll.js';
import { feedLine } from './feeds.js';

export const command: CliCommand = {
  name: 'status',
  help: `Usage: dealwire status [--json]

Prints job counts per queue and state, and each feed's health (last success,
last error, consecutive errors, next poll, disabled and why).`,
  async run(args) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true });
    const ctx = await connect(loadConfigOrExit());
    try {
      const queues = await queueCounts(ctx.queues);
      const feeds = await feedStatuses(ctx);
      if (values.json) {
        process.stdout.write(JSON.stringify({ queues, feeds }) + '\n');
        return 0;
      }
      console.log('queue       waiting  active  delayed  completed  failed');
      for (const [name, c] of Object.entries(queues)) {
        console.log(`${name.padEnd(10)} ${[c.waiting, c.active, c.delayed, c.completed, c.failed].map((n, i) => String(n).padStart([8, 7, 8, 10, 7][i]!)).join(' ')}`);
      }
      console.log(`\nfeeds: ${feeds.length}`);
      for (const f of feeds) console.log(`  ${feedLine(f)}`);
      return 0;
    } finally {
      await closeContext(ctx);
    }
  },
};
