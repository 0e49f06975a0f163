import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { evalCommand } from './eval';
import { fmtCommand } from './fmt';
import { replayCommand } from './replay';
import { runCommand } from './run';
import { sendCommand } from './send';

/** Every `flux` sub-command, in the order `flux --help` lists them. Each lives in its own file. */
export const commands: CliCommand[] = [checkCommand, fmtCommand, evalCommand, runCommand, sendCommand, replayCommand];
