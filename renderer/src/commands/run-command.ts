import type { AppCommand } from '../../../shared/menu';
import { canvasCommands } from '../canvas/canvasCommands';
import type { StudioStore } from '../store/store';

/** Runs a menu command, from the in-app menu bar or the Electron app's native menu. */
export function runCommand(store: StudioStore, command: AppCommand): void {
  const state = store.getState();
  const service = state.selectedService;
  const canvas = canvasCommands(store);
  switch (command) {
    case 'file.save':
      if (service) void state.save(service);
      return;
    case 'file.open-folder':
      state.openModal({ type: 'open-folder' });
      return;
    case 'edit.undo':
      if (service) state.undo(service);
      return;
    case 'edit.redo':
      if (service) state.redo(service);
      return;
    case 'edit.copy':
      canvas.copy(state.selection.states);
      return;
    case 'edit.paste':
      canvas.paste();
      return;
    case 'edit.delete':
      canvas.remove(state.selection.states, state.selection.transitions);
      return;
    case 'edit.select-all':
      canvas.selectAll();
      return;
    case 'flux.send-event':
      state.openModal({ type: 'send-event', service });
      return;
    case 'flux.run':
      if (service) state.openModal({ type: 'run', service });
      return;
    case 'view.canvas':
      state.showCentreTab('Canvas');
      return;
    case 'view.source':
      state.showCentreTab('Source');
      return;
    case 'view.console':
      state.showBottomTab('Console');
      return;
    case 'view.runs':
      state.showBottomTab('Runs');
      return;
    case 'help.about':
      state.openModal({ type: 'about' });
      return;
  }
}
