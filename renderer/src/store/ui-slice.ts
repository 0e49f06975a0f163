import type { StateCreator } from 'zustand/vanilla';
import type { StudioState } from './store';

/**
 * A modal some part of the UI asked for; whoever renders that type shows it. Tagged so the
 * renderers can switch over it exhaustively.
 */
export type ModalRequest =
  | { type: 'send-event'; service?: string; state?: string }
  | { type: 'run'; service: string }
  | { type: 'open-folder' }
  | { type: 'about' };

export interface UiSlice {
  modal: ModalRequest | null;
  openModal(request: ModalRequest): void;
  closeModal(): void;
}

export const createUiSlice: StateCreator<StudioState, [], [], UiSlice> = (set) => ({
  modal: null,
  openModal(request) {
    set({ modal: request });
  },
  closeModal() {
    set({ modal: null });
  },
});
