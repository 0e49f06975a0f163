import { useMemo, useState } from 'react';
import { useStudio } from '../store/context';
import { isDirty } from '../store/documents-slice';
import { serviceTree, type TreeNode } from './service-tree';

/** The services as a tree by folder; a click opens one, and unsaved ones carry a dot. */
export function ServiceTree() {
  const services = useStudio((s) => s.services);
  const tree = useMemo(() => serviceTree(services), [services]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (path: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });
  return (
    <ul role="tree" aria-label="Services" className="service-tree">
      <Nodes nodes={tree} depth={0} collapsed={collapsed} toggle={toggle} />
    </ul>
  );
}

interface NodesProps {
  nodes: TreeNode[];
  depth: number;
  collapsed: ReadonlySet<string>;
  toggle(path: string): void;
}

function Nodes({ nodes, depth, collapsed, toggle }: NodesProps) {
  return nodes.map((node) =>
    node.type === 'folder' ? (
      <li key={`folder:${node.path}`} role="treeitem" aria-expanded={!collapsed.has(node.path)} aria-label={node.path} className="service-tree__folder">
        <div
          className="service-tree__row"
          style={{ paddingLeft: 8 + depth * 14 }}
          onClick={() => toggle(node.path)}
          onKeyDown={(e) => e.key === 'Enter' && toggle(node.path)}
          tabIndex={0}
        >
          <span className="service-tree__twisty">{collapsed.has(node.path) ? '▸' : '▾'}</span>
          {node.name}
        </div>
        {!collapsed.has(node.path) && (
          <ul role="group">
            <Nodes nodes={node.children} depth={depth + 1} collapsed={collapsed} toggle={toggle} />
          </ul>
        )}
      </li>
    ) : (
      <ServiceItem key={node.service.name} name={node.service.name} label={node.name} path={node.service.path} depth={depth} />
    ),
  );
}

function ServiceItem({ name, label, path, depth }: { name: string; label: string; path: string; depth: number }) {
  const selected = useStudio((s) => s.selectedService === name);
  const dirty = useStudio((s) => isDirty(s.documents[name]));
  const openService = useStudio((s) => s.openService);
  return (
    <li
      role="treeitem"
      aria-label={name}
      aria-selected={selected}
      aria-description={dirty ? 'unsaved changes' : undefined}
      data-dirty={dirty || undefined}
      data-service={name}
      className={`service-tree__service${selected ? ' selected' : ''}`}
      title={dirty ? `${path} (unsaved changes)` : path}
      tabIndex={0}
      style={{ paddingLeft: 8 + depth * 14 + 14 }}
      onClick={() => void openService(name)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void openService(name);
      }}
    >
      <span className="service-tree__label">{label}</span>
      {dirty && (
        <span className="service-tree__dirty" aria-hidden="true">
          ●
        </span>
      )}
    </li>
  );
}
