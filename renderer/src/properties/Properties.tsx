import { useCallback } from 'react';
import type { FluxDocument } from '../../../shared/model';
import { parseTransitionId } from '../document/edits';
import { useStudio } from '../store/context';
import { useCurrentDocument } from '../store/hooks';
import { ServiceProperties } from './ServiceProperties';
import { StateProperties } from './StateProperties';
import { TransitionProperties } from './TransitionProperties';
import './properties.css';

/** The right pane: the properties of what is selected, else of the service ("Flux Properties"). */
export function Properties() {
  const service = useStudio((s) => s.selectedService);
  const selection = useStudio((s) => s.selection);
  const services = useStudio((s) => s.services);
  const editDocument = useStudio((s) => s.edit);
  const select = useStudio((s) => s.select);
  const open = useCurrentDocument();
  const doc = open?.doc;
  const edit = useCallback(
    (command: string, change: (d: FluxDocument) => FluxDocument) => {
      if (service) editDocument(service, command, change);
    },
    [service, editDocument],
  );

  const chosen = (() => {
    if (!service || !doc) return undefined;
    const only = selection.states.length + selection.transitions.length === 1;
    const stateName = only ? selection.states[0] : undefined;
    const state = stateName !== undefined ? doc.states.find((s) => s.name === stateName) : undefined;
    if (state) {
      return {
        title: `State ${state.displayName || state.name}`,
        body: <StateProperties key={state.name} doc={doc} state={state} services={services.map((s) => s.name)} edit={edit} onRenamed={(name) => select({ states: [name] })} />,
      };
    }
    const transitionId = only ? selection.transitions[0] : undefined;
    if (transitionId !== undefined) {
      const at = parseTransitionId(transitionId);
      const transition = doc.states.find((s) => s.name === at.from)?.transitions?.[at.index];
      if (transition) {
        return { title: 'Transition', body: <TransitionProperties key={transitionId} doc={doc} at={at} transition={transition} edit={edit} /> };
      }
    }
    if (selection.states.length + selection.transitions.length > 1) {
      return { title: 'Selection', body: <p className="props-empty">{selection.states.length} states and {selection.transitions.length} transitions selected.</p> };
    }
    return { title: 'Flux Properties', body: <ServiceProperties key={service} service={service} doc={doc} edit={edit} /> };
  })();

  return (
    <aside className="properties nokey-scope" aria-label="Properties">
      <h2 className="pane-title props-title">{chosen?.title ?? 'Flux Properties'}</h2>
      {chosen?.body ?? <p className="muted">{service && open && !doc ? `${service} does not parse: fix it in the Source tab.` : 'Nothing selected.'}</p>}
    </aside>
  );
}
