import type { StateCreator } from 'zustand/vanilla';
import type { StudioState } from './store';

/** What is selected on the canvas: state names and transition ids (`from#index`). Nothing selected means the service. */
export interface Selection {
  states: string[];
  transitions: string[];
}

export interface SelectionSlice {
  selection: Selection;
  select(selection: Partial<Selection>): void;
  clearSelection(): void;
}

export const emptySelection: Selection = { states: [], transitions: [] };

export const createSelectionSlice: StateCreator<StudioState, [], [], SelectionSlice> = (set) => ({
  selection: emptySelection,
  select(selection) {
    set({ selection: { states: selection.states ?? [], transitions: selection.transitions ?? [] } });
  },
  clearSelection() {
    set({ selection: emptySelection });
  },
});
