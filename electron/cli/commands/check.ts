import { promises as fs } from 'node:fs';
import { checkFlux } from '../../../shared/model';
import { UsageError, type CliCommand } from '../command';
import { collectFluxFiles, formatDiagnostic, reasonOf } from './check-files';

/** `flux check <file-or-folder>...`: prints every diagnostic of the files; exits 1 on any error. */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'read and validate .flux files, one line per problem',
  usage: [
    'Usage: flux check <file-or-folder>...',
    '',
    'Prints `<file>:<line>:<col>: <severity> <code> <message>` for every problem found.',
    'Folders are searched for *.flux files (node_modules and dot-folders are skipped).',
    'Exits 1 when any error is found, else 0.',
  ].join('\n'),
  async run(args, io) {
    const option = args.find((a) => a.startsWith('-'));
    if (option !== undefined) throw new UsageError(`unknown option '${option}'`);
    if (args.length === 0) throw new UsageError('name at least one file or folder');
    const { files, unreadable } = await collectFluxFiles(args);
    let errors = unreadable.length;
    let warnings = 0;
    for (const { target, reason } of unreadable) io.stdout(`${target}: error io-error cannot read: ${reason}\n`);
    for (const file of files) {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        errors++;
        io.stdout(`${file}: error io-error cannot read: ${reasonOf(error)}\n`);
        continue;
      }
      for (const d of checkFlux(text).diagnostics) {
        if (d.severity === 'error') errors++;
        else warnings++;
        io.stdout(`${formatDiagnostic(file, d)}\n`);
      }
    }
    if (files.length === 0 && unreadable.length === 0) io.stderr('flux check: no .flux files found\n');
    else io.stderr(`flux check: ${files.length} ${plural(files.length, 'file')}, ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}\n`);
    return errors > 0 ? 1 : 0;
  },
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
