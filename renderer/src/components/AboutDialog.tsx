import { version } from '../../../package.json';
import { Dialog } from '../dialogs/Dialog';
import { hostKind } from '../api/connect';

/** "About Flux Studio": the version and which edition this is. */
export function AboutDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog
      title="About Flux Studio"
      onSubmit={onClose}
      onCancel={onClose}
      buttons={
        <button type="submit" className="primary">
          OK
        </button>
      }
    >
      <p className="studio-dialog__message">
        Flux Studio {version}, {hostKind === 'electron' ? 'desktop app' : 'browser edition'}.
      </p>
      <p className="studio-dialog__hint">Design, run and watch Flux services: event-driven workflows drawn as state machines.</p>
    </Dialog>
  );
}
