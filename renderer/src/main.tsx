import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/connect';
import { App } from './App';
import { StoreProvider } from './store/context';
import { createStudioStore } from './store/store';

const api = connectApi();
const store = createStudioStore(api);
api.on('log:batch', ({ records }) => store.getState().appendLogs(records));
void store.getState().loadWorkspace();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
