/** Where a command writes; tests pass collectors, the binary passes the process streams. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One `flux <name>` sub-command. `run` returns the process exit code. */
export interface CliCommand {
  name: string;
  /** One line for `flux --help`. */
  summary: string;
  /** The usage line(s) shown by `flux <name> --help` and on bad arguments. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** A bad command line: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
