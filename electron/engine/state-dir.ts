import path from 'node:path';

/** The folder of a workspace where the app keeps its run store; a dot-folder, so workspace walks skip it. */
export const STATE_FOLDER = '.flux-runs';

/** The run store folder of a workspace (the store writes a `.gitignore` there that ignores it all). */
export function stateDirOf(workspaceRoot: string): string {
  return path.join(workspaceRoot, STATE_FOLDER);
}
