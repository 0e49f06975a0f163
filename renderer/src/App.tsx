import { ReactFlowProvider } from '@xyflow/react';
import { useCallback } from 'react';
import type { AppCommand } from '../../shared/menu';
import { hostKind } from './api/connect';
import { runCommand } from './commands/run-command';
import { BottomPanel } from './components/BottomPanel';
import { CentreArea } from './components/CentreArea';
import { MenuBar } from './components/MenuBar';
import { ModalHost } from './components/ModalHost';
import { Navigator } from './components/Navigator';
import { Properties } from './components/Properties';
import { useGlobalShortcuts } from './shortcuts/useGlobalShortcuts';
import { useStudio, useStudioStore } from './store/context';

/** The studio's frame: navigator, canvas, properties, and the bottom panel. */
export function App() {
  const error = useStudio((s) => s.error);
  const dismissError = useStudio((s) => s.dismissError);
  const store = useStudioStore();
  useGlobalShortcuts(store);
  const onCommand = useCallback((command: AppCommand) => runCommand(store, command), [store]);
  return (
    <ReactFlowProvider>
      <div className="studio">
        {/* The Electron app has the same menus natively. */}
        {hostKind === 'web' && <MenuBar onCommand={onCommand} />}
        {error && (
          <div className="banner error" role="alert">
            <span>{error}</span>
            <button type="button" aria-label="Dismiss" onClick={dismissError}>
              ×
            </button>
          </div>
        )}
        <Navigator />
        <CentreArea />
        <Properties />
        <BottomPanel />
        <ModalHost />
      </div>
    </ReactFlowProvider>
  );
}
