import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rule of eslint.config.js, tried on imports each side must not make (and may make).
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the one-way import rule', () => {
  it('should let only electron/main import electron', async () => {
    expect(await restricted('electron/main/window.ts', "import 'electron';")).toEqual([]);
    for (const file of ['electron/backend/x.ts', 'electron/engine/x.ts', 'electron/web/x.ts', 'electron/cli/x.ts', 'shared/x.ts', 'renderer/src/x.ts']) {
      expect(await restricted(file, "import 'electron';"), file).toHaveLength(1);
    }
  });

  it('should keep shared free of the other sides and of Node', async () => {
    expect(await restricted('shared/model/x.ts', "import '../../electron/backend/backend';")).toHaveLength(1);
    expect(await restricted('shared/model/x.ts', "import '../../renderer/src/App';")).toHaveLength(1);
    expect(await restricted('shared/model/x.ts', "import 'node:fs';")).toHaveLength(1);
    expect(await restricted('shared/model/x.ts', "import '../expr';")).toEqual([]);
  });

  it('should keep the renderer off node:* and electron/*, and on shared', async () => {
    expect(await restricted('renderer/src/x.ts', "import 'node:path';")).toHaveLength(1);
    expect(await restricted('renderer/src/x.ts', "import '../../electron/backend/workspace';")).toHaveLength(1);
    expect(await restricted('renderer/src/x.ts', "import '../../shared/api';")).toEqual([]);
  });

  it('should keep the engine and the backend from importing the hosts', async () => {
    expect(await restricted('electron/backend/x.ts', "import '../main/main';")).toHaveLength(1);
    expect(await restricted('electron/engine/x.ts', "import '../web/server';")).toHaveLength(1);
    expect(await restricted('electron/engine/x.ts', "import '../cli/main';")).toHaveLength(1);
    expect(await restricted('electron/web/x.ts', "import '../backend/backend';")).toEqual([]);
  });
});
