import { RunDialog } from '../events/RunDialog';
import { SendEventDialog } from '../events/SendEventDialog';
import { useStudio } from '../store/context';
import { AboutDialog } from './AboutDialog';

/** Shows the modal some part of the UI asked for (ui-slice), one at a time. */
export function ModalHost() {
  const modal = useStudio((s) => s.modal);
  const close = useStudio((s) => s.closeModal);
  if (!modal) return null;
  switch (modal.type) {
    case 'send-event':
      return <SendEventDialog state={modal.state} onClose={close} />;
    case 'run':
      return <RunDialog service={modal.service} onClose={close} />;
    case 'about':
      return <AboutDialog onClose={close} />;
    case 'open-folder':
      // The navigator owns the folder picker (native in Electron, a path field in the browser).
      return null;
  }
}
