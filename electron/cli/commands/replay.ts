import { promises as fs } from 'node:fs';
import { UsageError, type CliCommand } from '../command';
import { reasonOf } from './check-files';
import { readEngineArgs } from './engine-args';
import { withSession } from './engine-session';
import { parseSteps } from './replay-steps';

/** `flux replay <workspace> <steps.jsonl>`: sends, executes, advances and sleeps, one step a line. */
export const replayCommand: CliCommand = {
  name: 'replay',
  summary: 'replay a file of events, runs and clock moves against a workspace',
  usage: [
    'Usage: flux replay <workspace> <steps.jsonl> [--fake-clock[=ISO]] [--debug] [--state-dir DIR]',
    '',
    'One step a line:',
    '  {"send": EVENT, "inputs"?: {...}, "tags"?: [...]}',
    '  {"execute": SERVICE, "inputs"?: {...}, "startState"?: S, "tags"?: [...]}',
    '  {"advance": SECONDS}   fake clock only: moves time, firing in order what falls due',
    '  {"sleep": MS}          waits in real time',
    'Each step runs until no run is busy. The console prints as with `flux run`.',
  ].join('\n'),
  async run(argv, io) {
    const args = readEngineArgs(argv, ['state-dir', 'fake-clock', 'debug']);
    const [workspace, file, ...extra] = args.positional;
    if (workspace === undefined || file === undefined) throw new UsageError('name the workspace folder and the steps file');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      io.stderr(`flux replay: cannot read ${file}: ${reasonOf(error)}\n`);
      return 1;
    }
    const steps = parseSteps(text, file);
    const advance = steps.find((s) => s.type === 'advance');
    if (advance && args.fakeClock === undefined) throw new UsageError(`${file}:${advance.line}: an advance step needs --fake-clock`);
    return withSession('replay', workspace, args, io, async ({ engine, fakeClock, settle }) => {
      for (const step of steps) {
        switch (step.type) {
          case 'send':
            await engine.sendEvent({ event: step.event, inputs: step.inputs, tags: step.tags });
            break;
          case 'execute':
            await engine.execute(step.service, step.inputs, { startState: step.startState, tags: step.tags });
            break;
          case 'advance':
            await fakeClock!.advance(step.seconds * 1000);
            break;
          case 'sleep':
            await new Promise((resolve) => setTimeout(resolve, step.ms));
            break;
        }
        await settle();
      }
    });
  },
};
