// One CLI sub-command: src/cli/<name>.ts exports `command`; src/cli.ts lists
// them with their one-line summaries, so `dealwire --help` loads none of them.

export interface CliCommand {
  name: string;
  /** Full text for `dealwire <name> --help`. */
  help: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}
