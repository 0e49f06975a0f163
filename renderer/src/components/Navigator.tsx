import { useStudio } from '../store/context';

/** The workspace's services; clicking one opens it on the canvas. */
export function Navigator() {
  const workspace = useStudio((s) => s.workspace);
  const services = useStudio((s) => s.services);
  const selected = useStudio((s) => s.selectedService);
  const selectService = useStudio((s) => s.selectService);
  return (
    <nav className="navigator" aria-label="Services">
      <header className="pane-title" title={workspace?.root}>
        {workspace?.name ?? 'Workspace'}
      </header>
      {services.length === 0 ? (
        <p className="muted">No .flux services in this workspace yet.</p>
      ) : (
        <ul role="tree" aria-label="Services">
          {services.map((service) => (
            <li
              key={service.name}
              role="treeitem"
              aria-selected={service.name === selected}
              className={service.name === selected ? 'selected' : undefined}
              title={service.path}
              tabIndex={0}
              onClick={() => void selectService(service.name)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void selectService(service.name);
              }}
            >
              {service.name}
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
