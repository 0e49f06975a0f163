import { useEffect, useState, type MouseEvent } from 'react';
import { FluxApiError } from '../../../shared/api';
import { isValidServiceName } from '../../../shared/model';
import { hostKind } from '../api/connect';
import { ContextMenu, type MenuItem } from '../components/ContextMenu';
import { ChoiceDialog } from '../dialogs/ChoiceDialog';
import { TextDialog } from '../dialogs/TextDialog';
import { useStudio, useStudioStore } from '../store/context';
import { isDirty } from '../store/documents-slice';
import { FilePrompts } from './FilePrompts';
import { Icon } from './icons';
import { ServiceTree } from './ServiceTree';
import { serviceNameProblem } from './service-tree';
import './navigator.css';

type NavigatorDialog = { type: 'new' } | { type: 'rename'; name: string } | { type: 'delete'; name: string } | { type: 'open-folder' };

/** The left pane: the workspace's services by folder, and the file commands. */
export function Navigator() {
  const store = useStudioStore();
  const workspace = useStudio((s) => s.workspace);
  const services = useStudio((s) => s.services);
  const selected = useStudio((s) => s.selectedService);
  const modal = useStudio((s) => s.modal);
  const closeModal = useStudio((s) => s.closeModal);
  const [dialog, setDialog] = useState<NavigatorDialog | null>(null);
  const names = services.map((s) => s.name);

  const openFolder = async () => {
    if (hostKind === 'electron') {
      try {
        const { root } = await store.getState().api.request('workspace:choose-folder', {});
        if (root) await store.getState().openFolder(root);
        return;
      } catch (error) {
        // A host without a native picker: ask for the path instead.
        if (!(error instanceof FluxApiError && error.code === 'unsupported')) throw error;
      }
    }
    setDialog({ type: 'open-folder' });
  };

  // File > Open Folder in the menus asks the navigator, which owns the folder dialog.
  useEffect(() => {
    if (modal?.type !== 'open-folder') return;
    closeModal();
    void openFolder();
  });

  // Closing the tab or the window with unsaved edits is vetoed here: the browser then asks, and in
  // Electron the main process asks (electron/main/unsaved-guard.ts).
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (Object.values(store.getState().documents).some(isDirty)) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  const close = () => setDialog(null);

  // Right-click: a service's own commands on a service, the workspace's on a blank part.
  const [menu, setMenu] = useState<{ at: { x: number; y: number }; service?: string } | null>(null);
  const menuItems = (service: string | undefined): MenuItem[] =>
    service
      ? [
          { label: 'Open', onSelect: () => void store.getState().openService(service) },
          { label: 'Rename', onSelect: () => setDialog({ type: 'rename', name: service }) },
          { label: 'Delete', onSelect: () => setDialog({ type: 'delete', name: service }) },
          { label: 'Close', onSelect: () => void store.getState().closeService(service), disabled: !store.getState().documents[service] },
        ]
      : [
          { label: 'New Flux Service', onSelect: () => setDialog({ type: 'new' }) },
          { label: 'Open Folder', onSelect: () => void openFolder() },
        ];
  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault();
    const service = (event.target as Element).closest('[data-service]')?.getAttribute('data-service') ?? undefined;
    setMenu({ at: { x: event.clientX, y: event.clientY }, service });
  };

  return (
    <nav className="navigator" aria-label="Services" onContextMenu={onContextMenu}>
      <header className="pane-title navigator__title" title={workspace?.root}>
        <span>{workspace?.name ?? 'Workspace'}</span>
      </header>
      <div className="navigator__toolbar" role="toolbar" aria-label="Service commands">
        <button type="button" aria-label="New Flux Service" title="New Flux Service" onClick={() => setDialog({ type: 'new' })}>
          <Icon name="plus" />
        </button>
        <button type="button" aria-label="Rename" title="Rename the selected service" disabled={!selected} onClick={() => selected && setDialog({ type: 'rename', name: selected })}>
          <Icon name="pencil" />
        </button>
        <button type="button" aria-label="Delete" title="Delete the selected service" disabled={!selected} onClick={() => selected && setDialog({ type: 'delete', name: selected })}>
          <Icon name="trash" />
        </button>
        <button type="button" aria-label="Close" title="Close the selected service" disabled={!selected} onClick={() => selected && void store.getState().closeService(selected)}>
          <Icon name="close" />
        </button>
        <button type="button" aria-label="Open Folder" title="Open another workspace folder" onClick={() => void openFolder()}>
          <Icon name="folder" />
        </button>
      </div>
      {services.length === 0 ? <p className="muted">No .flux services in this workspace yet.</p> : <ServiceTree />}

      {dialog?.type === 'new' && (
        <TextDialog
          title="New Flux Service"
          label="Name"
          submitLabel="Create"
          hint="Dots make folders: orders.Checkout is orders/Checkout.flux."
          validate={(name) => serviceNameProblem(name, names, isValidServiceName)}
          onCancel={close}
          onSubmit={(name) => {
            close();
            void store.getState().createService(name.trim());
          }}
        />
      )}
      {dialog?.type === 'rename' && (
        <TextDialog
          title="Rename"
          label="Name"
          submitLabel="Rename"
          initial={dialog.name}
          validate={(name) => (name.trim() === dialog.name ? 'Type a new name.' : serviceNameProblem(name, names, isValidServiceName))}
          onCancel={close}
          onSubmit={(name) => {
            close();
            void store.getState().renameService(dialog.name, name.trim());
          }}
        />
      )}
      {dialog?.type === 'delete' && (
        <ChoiceDialog
          title="Delete"
          message={`Delete ${dialog.name}? Its file is removed from the workspace folder.`}
          cancelValue="cancel"
          choices={[
            { value: 'cancel', label: 'Cancel', primary: true },
            { value: 'delete', label: 'Delete' },
          ]}
          onChoose={(answer) => {
            close();
            if (answer === 'delete') void store.getState().deleteService(dialog.name);
          }}
        />
      )}
      {dialog?.type === 'open-folder' && (
        <TextDialog
          title="Open Folder"
          label="Folder"
          submitLabel="Open"
          initial={workspace?.root ?? ''}
          hint="The path of a folder on the machine running Flux Studio."
          validate={(root) => (root.trim() === '' ? 'Type the path of a folder.' : undefined)}
          onCancel={close}
          onSubmit={(root) => {
            close();
            void store.getState().openFolder(root.trim());
          }}
        />
      )}
      {menu && <ContextMenu at={menu.at} label={menu.service ? `Service ${menu.service}` : 'Workspace'} items={menuItems(menu.service)} onClose={() => setMenu(null)} />}
      <FilePrompts />
    </nav>
  );
}
