import type { ServiceSummary } from '../../../shared/api';

/** A folder of the navigator's tree, or a service in it. */
export type TreeNode =
  | { type: 'folder'; name: string; path: string; children: TreeNode[] }
  | { type: 'service'; name: string; service: ServiceSummary };

/**
 * The services as a tree by folder: `orders.eu.Refund` sits in orders / eu. Folders come before
 * services at each level, each group sorted by name, as file trees do.
 */
export function serviceTree(services: readonly ServiceSummary[]): TreeNode[] {
  const root: TreeNode[] = [];
  const folders = new Map<string, TreeNode[]>([['', root]]);
  const folderOf = (segments: string[]): TreeNode[] => {
    const key = segments.join('.');
    const found = folders.get(key);
    if (found) return found;
    const parent = folderOf(segments.slice(0, -1));
    const children: TreeNode[] = [];
    parent.push({ type: 'folder', name: segments.at(-1)!, path: key, children });
    folders.set(key, children);
    return children;
  };
  for (const service of services) {
    const segments = service.name.split('.');
    folderOf(segments.slice(0, -1)).push({ type: 'service', name: segments.at(-1)!, service });
  }
  const sort = (nodes: TreeNode[]) => {
    nodes.sort((a, b) => (a.type === b.type ? a.name.localeCompare(b.name) : a.type === 'folder' ? -1 : 1));
    for (const node of nodes) if (node.type === 'folder') sort(node.children);
  };
  sort(root);
  return root;
}

/** Why a name typed for a new or renamed service cannot be used, or undefined. */
export function serviceNameProblem(name: string, taken: readonly string[], isValid: (name: string) => boolean): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Type a name, such as orders.Checkout.';
  if (!isValid(trimmed)) return `'${trimmed}' is not a service name: dots separate folders, and no part may be empty or hold a slash.`;
  if (taken.includes(trimmed)) return `A service ${trimmed} already exists.`;
  return undefined;
}
