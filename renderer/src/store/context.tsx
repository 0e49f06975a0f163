import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioState, StudioStore } from './store';

const StoreContext = createContext<StudioStore | null>(null);

export function StoreProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads a slice of the studio's store and re-renders when it changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStudio is used outside <StoreProvider>.');
  return useStore(store, selector);
}
