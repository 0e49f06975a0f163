import { UsageError, type CliCommand } from '../command';
import { readEngineArgs } from './engine-args';
import { withSession } from './engine-session';

/** `flux run <workspace> <service>`: runs one service until no run is busy, printing its console. */
export const runCommand: CliCommand = {
  name: 'run',
  summary: 'run a service of a workspace and print its console',
  usage: [
    'Usage: flux run <workspace> <service> [--inputs JSON] [--start-state S] [--tags a,b]',
    '                [--fake-clock[=ISO]] [--debug] [--state-dir DIR]',
    '',
    'Prints each console record as `<LEVEL> [<service>#<run> <state>] <message>` (INFO and up;',
    'everything with --debug). Runs left waiting or sleeping are kept only with --state-dir.',
  ].join('\n'),
  async run(argv, io) {
    const args = readEngineArgs(argv, ['inputs', 'tags', 'start-state', 'state-dir', 'fake-clock', 'debug']);
    const [workspace, service, ...extra] = args.positional;
    if (workspace === undefined || service === undefined) throw new UsageError('name the workspace folder and the service to run');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    return withSession('run', workspace, args, io, async ({ engine }) => {
      await engine.execute(service, args.inputs, { startState: args.startState, tags: args.tags });
    });
  },
};
