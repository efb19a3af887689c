// One CLI sub-command: src/cli/<name>.ts exports `command`, src/cli.ts lists them.

export interface CliCommand {
  name: string;
  /** One line for `dealwire --help`. */
  summary: string;
  /** Full text for `dealwire <name> --help`. */
  help: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}
