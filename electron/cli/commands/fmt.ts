import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../../fs/atomic-write';
import { parseFlux, serializeFlux } from '../../../shared/model';
import { UsageError, type CliCommand } from '../command';
import { collectFluxFiles, formatDiagnostic, reasonOf } from './check-files';

/** `flux fmt [--check] <file-or-folder>...`: rewrites .flux files in canonical form. */
export const fmtCommand: CliCommand = {
  name: 'fmt',
  summary: 'write .flux files in canonical form (--check: only report those that are not)',
  usage: [
    'Usage: flux fmt [--check] <file-or-folder>...',
    '',
    'Rewrites each file with the key order and indentation the studio saves (atomically).',
    'A file that does not parse is reported and left alone.',
    '  --check  change nothing; name each file that is not canonical and exit 1 if any is',
  ].join('\n'),
  async run(args, io) {
    const check = args.includes('--check');
    const targets = args.filter((a) => a !== '--check');
    const option = targets.find((a) => a.startsWith('-'));
    if (option !== undefined) throw new UsageError(`unknown option '${option}'`);
    if (targets.length === 0) throw new UsageError('name at least one file or folder');
    const { files, unreadable } = await collectFluxFiles(targets);
    let failed = unreadable.length;
    let different = 0;
    for (const { target, reason } of unreadable) io.stderr(`${target}: error io-error cannot read: ${reason}\n`);
    for (const file of files) {
      const outcome = await formatFile(file, check);
      if (outcome.kind === 'failed') {
        failed++;
        for (const line of outcome.lines) io.stderr(`${line}\n`);
      } else if (outcome.kind === 'changed') {
        different++;
        io.stdout(check ? `${file}: not in canonical form\n` : `${file}: formatted\n`);
      }
    }
    if (files.length === 0 && unreadable.length === 0) io.stderr('flux fmt: no .flux files found\n');
    return failed > 0 || (check && different > 0) ? 1 : 0;
  },
};

type Outcome = { kind: 'canonical' } | { kind: 'changed' } | { kind: 'failed'; lines: string[] };

async function formatFile(file: string, check: boolean): Promise<Outcome> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return { kind: 'failed', lines: [`${file}: error io-error cannot read: ${reasonOf(error)}`] };
  }
  const { document, diagnostics } = parseFlux(text);
  // Never rewrite what did not read cleanly: the rewrite would lose what the reader could not keep.
  const blocking = diagnostics.filter((d) => d.severity === 'error' || d.code === 'json-number-precision');
  if (document === null || blocking.length > 0) {
    return { kind: 'failed', lines: [`${file}: not formatted:`, ...blocking.map((d) => `  ${formatDiagnostic(file, d)}`)] };
  }
  const canonical = serializeFlux(document);
  if (canonical === text) return { kind: 'canonical' };
  if (!check) {
    try {
      await writeFileAtomic(file, canonical);
    } catch (error) {
      return { kind: 'failed', lines: [`${file}: error io-error cannot write: ${reasonOf(error)}`] };
    }
  }
  return { kind: 'changed' };
}
