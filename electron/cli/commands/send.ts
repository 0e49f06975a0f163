import { UsageError, type CliCommand } from '../command';
import { readEngineArgs } from './engine-args';
import { withSession } from './engine-session';

/** `flux send <workspace> <event>`: sends one external event and prints what the runs print. */
export const sendCommand: CliCommand = {
  name: 'send',
  summary: 'send an event to the services of a workspace and print the console',
  usage: [
    'Usage: flux send <workspace> <event> [--inputs JSON] [--tags a,b]',
    '                 [--fake-clock[=ISO]] [--debug] [--state-dir DIR]',
    '',
    'Starts every service triggered by the event and resumes the waiting runs it reaches (with',
    '--state-dir, runs saved by an earlier command). Prints the console as `flux run` does.',
  ].join('\n'),
  async run(argv, io) {
    const args = readEngineArgs(argv, ['inputs', 'tags', 'state-dir', 'fake-clock', 'debug']);
    const [workspace, event, ...extra] = args.positional;
    if (workspace === undefined || event === undefined) throw new UsageError('name the workspace folder and the event to send');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    return withSession('send', workspace, args, io, async ({ engine }) => {
      await engine.sendEvent({ event, inputs: args.inputs, tags: args.tags });
    });
  },
};
