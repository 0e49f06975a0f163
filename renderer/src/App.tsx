import { ReactFlowProvider } from '@xyflow/react';
import { BottomPanel } from './components/BottomPanel';
import { CentreArea } from './components/CentreArea';
import { Navigator } from './components/Navigator';
import { Properties } from './components/Properties';
import { useGlobalShortcuts } from './shortcuts/useGlobalShortcuts';
import { useStudio, useStudioStore } from './store/context';

/** The studio's frame: navigator, canvas, properties, and the bottom panel. */
export function App() {
  const error = useStudio((s) => s.error);
  const dismissError = useStudio((s) => s.dismissError);
  useGlobalShortcuts(useStudioStore());
  return (
    <ReactFlowProvider>
      <div className="studio">
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
      </div>
    </ReactFlowProvider>
  );
}
