import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { electronBinary, launchElectron, launchWeb, removeWorkspace, tempWorkspace, type StudioHost } from './hosts';
import { StudioPage } from './pages/StudioPage';

export interface StudioFixtures {
  /** Files to put in the workspace before the studio opens it: relative path -> text. */
  workspaceFiles: Record<string, string>;
  /** Open the default workspace (~/FluxStudio, under a temporary HOME) instead of a given folder. */
  defaultWorkspace: boolean;
  host: StudioHost;
  studio: StudioPage;
}

/**
 * One fixture per host: the `web` project drives the browser edition in Chromium, the `electron`
 * project the desktop app. The specs are the same for both.
 */
export const test = base.extend<StudioFixtures>({
  workspaceFiles: [{}, { option: true }],
  defaultWorkspace: [false, { option: true }],
  host: async ({ browser, workspaceFiles, defaultWorkspace }, use, testInfo) => {
    const workspace = tempWorkspace();
    const home = process.env.HOME;
    if (defaultWorkspace) process.env.HOME = workspace;
    for (const [relative, text] of Object.entries(workspaceFiles)) {
      mkdirSync(path.dirname(path.join(workspace, relative)), { recursive: true });
      writeFileSync(path.join(workspace, relative), text);
    }
    let host: StudioHost;
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary();
      test.skip('missing' in binary, `Electron specs skipped: no Electron binary here (${'missing' in binary ? binary.missing : ''}).`);
      host = await launchElectron((binary as { path: string }).path, defaultWorkspace ? undefined : workspace);
    } else {
      host = await launchWeb(browser, defaultWorkspace ? undefined : workspace);
    }
    await use(host);
    await host.close();
    process.env.HOME = home;
    removeWorkspace(workspace);
  },
  studio: async ({ host }, use) => {
    await use(new StudioPage(host.page));
  },
});

export { expect } from '@playwright/test';
