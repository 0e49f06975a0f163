import type { CliCommand } from '../command';
import { evalCommand } from './eval';

/** Every `flux` sub-command, in the order `flux --help` lists them. Each lives in its own file. */
export const commands: CliCommand[] = [evalCommand];
