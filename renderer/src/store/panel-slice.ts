import type { StateCreator } from 'zustand/vanilla';
import type { StudioState } from './store';

/** The tabs of the bottom panel. */
export const BOTTOM_TABS = ['Console', 'Runs'] as const;
export type BottomTab = (typeof BOTTOM_TABS)[number];

/** The views of the selected service in the centre. */
export const CENTRE_TABS = ['Canvas', 'Source'] as const;
export type CentreTab = (typeof CENTRE_TABS)[number];

/** Which tabs show; store fields so menus and shortcuts can switch them. */
export interface PanelSlice {
  bottomTab: BottomTab;
  showBottomTab(tab: BottomTab): void;
  centreTab: CentreTab;
  showCentreTab(tab: CentreTab): void;
}

export const createPanelSlice: StateCreator<StudioState, [], [], PanelSlice> = (set) => ({
  bottomTab: 'Console',
  showBottomTab(tab) {
    set({ bottomTab: tab });
  },
  centreTab: 'Canvas',
  showCentreTab(tab) {
    set({ centreTab: tab });
  },
});
