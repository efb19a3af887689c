// The dealwire command: dispatches to src/cli/<command>.ts. Commands are loaded
// lazily so `dealwire analyze` (offline) never loads Redis or BullMQ.
import type { CliCommand } from './cli/command.js';
import { CliError } from './cli/errors.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: CliCommand }> }> = {
  start: { summary: 'run the pipeline (all roles, or some with --roles)', load: () => import('./cli/start.js') },
  analyze: { summary: 'classify and extract stories offline (no Redis)', load: () => import('./cli/analyze.js') },
  demo: { summary: 'sample feeds -> whole pipeline -> a local webhook receiver', load: () => import('./cli/demo.js') },
  status: { summary: 'queue counts and feed health', load: () => import('./cli/status.js') },
  feeds: { summary: 'check feed files offline; list, enable, disable feeds', load: () => import('./cli/feeds.js') },
  replay: { summary: 'replay failed webhook deliveries', load: () => import('./cli/replay.js') },
};

const USAGE = `dealwire — AI-compute deal alerts from market-news feeds

Usage: dealwire <command> [options]    (dealwire <command> --help for details)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}
`;

export async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    process.exitCode = name ? 0 : 2;
    return;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`dealwire: unknown command '${name}'\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { command } = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help + '\n');
    return;
  }
  try {
    process.exitCode = await command.run(rest);
  } catch (err) {
    const e = err as Error & { exitCode?: number; code?: string };
    // parseArgs errors are usage errors: one line and the command's help pointer.
    const usage = typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`dealwire ${name}: ${e.message}${usage ? ` (see dealwire ${name} --help)` : ''}\n`);
    if (!(err instanceof CliError) && !usage) process.stderr.write(`${e.stack}\n`);
    process.exitCode = err instanceof CliError ? e.exitCode ?? 1 : usage ? 2 : 1;
  }
}
