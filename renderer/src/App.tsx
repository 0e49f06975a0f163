import { ReactFlowProvider } from '@xyflow/react';
import { BottomPanel } from './components/BottomPanel';
import { CentreArea } from './components/CentreArea';
import { Navigator } from './components/Navigator';
import { Properties } from './components/Properties';
import { useStudio } from './store/context';

/** The studio's frame: navigator, canvas, properties, and the bottom panel. */
export function App() {
  const error = useStudio((s) => s.error);
  return (
    <ReactFlowProvider>
      <div className="studio">
        {error && (
          <div className="banner error" role="alert">
            {error}
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
