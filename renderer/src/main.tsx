import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/connect';
import { App } from './App';
import { runCommand } from './commands/run-command';
import { StoreProvider } from './store/context';
import { createStudioStore } from './store/store';

const api = connectApi();
const store = createStudioStore(api);
api.on('log:batch', ({ records }) => store.getState().appendLogs(records));
api.on('workspace:changed', (event) => void store.getState().workspaceChanged(event));
api.on('run:changes', ({ changes }) => store.getState().applyRunChanges(changes));
void store.getState().loadRuns();
// The Electron app's native menu sends its commands here.
api.on('app:command', ({ command }) => runCommand(store, command));
void store.getState().loadWorkspace();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
