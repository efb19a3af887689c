import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';
import { CliError, connect, loadConfigOrExit, shutdownSignal } from './bootstrap.js';
import { parseRoles, startService, ROLES } from '../service.js';
import { seedSubscriptions } from '../subscriptions/store.js';
import { closeContext } from '../shared/pipeline.js';

export const command: CliCommand = {
  name: 'start',
  help: `Usage: dealwire start [--roles ROLE[,ROLE...]]

Runs the roles in this process until SIGINT/SIGTERM; on a signal, workers stop
taking jobs, finish the active ones and exit (a second signal exits at once).

Roles: ${ROLES.join(', ')} (default: all). Run more processes with the same
roles against the same Redis to scale a stage out, e.g.
  dealwire start --roles extract,deliver

Environment: REDIS_URL, PORT, DEALWIRE_API_TOKEN (required by the api role),
LOG_LEVEL, DEALWIRE_CONFIG (folder of yaml files, default config/),
DEALWIRE_ALLOW_PRIVATE_TARGETS=true (development only).`,
  async run(args) {
    const { values } = parseArgs({ args, options: { roles: { type: 'string' } }, strict: true });
    let roles;
    try {
      roles = parseRoles(values.roles);
    } catch (err) {
      throw new CliError((err as Error).message, 2);
    }
    const config = loadConfigOrExit();
    if (roles.includes('api') && !config.apiToken) {
      throw new CliError('DEALWIRE_API_TOKEN is not set: the api role refuses to start without a token (set it, or leave out the api role with --roles)', 1);
    }
    const ctx = await connect(config);
    const stop = shutdownSignal(ctx.logger);
    await seedSubscriptions(ctx);
    const service = await startService(ctx, roles);
    await stop;
    await service.close();
    await closeContext(ctx);
    return 0;
  },
};
