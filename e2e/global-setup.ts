import { electronBinary } from './hosts';

/** Says once, before the run, why the Electron project's specs will be skipped on this machine. */
export default function globalSetup(): void {
  const binary = electronBinary();
  if ('missing' in binary) console.log(`Electron specs will be skipped: no Electron binary here (${binary.missing}). The web specs run in Chromium.`);
}
