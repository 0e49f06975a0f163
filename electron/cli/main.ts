import { readFileSync } from 'node:fs';
import { UsageError, type CliIO } from './command';
import { commands } from './commands/index';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'flux: check, format and run Flux services without the studio.',
    '',
    'Usage: flux <command> [options]',
    '',
    'Commands:',
    ...(rows.length > 0 ? rows : ['  (none yet)']),
    '',
    'Options:',
    '  --help, -h     show this help, or a command\'s with `flux <command> --help`',
    '  --version, -v  print the version',
    '',
  ].join('\n');
}

/** Runs the `flux` command line and returns its exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(help());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`flux: unknown command '${first}'. Run 'flux --help' for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`flux ${command.name}: ${error.message}\n${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
