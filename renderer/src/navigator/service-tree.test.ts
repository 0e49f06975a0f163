import { describe, expect, it } from 'vitest';
import { isValidServiceName } from '../../../shared/model';
import { serviceNameProblem, serviceTree } from './service-tree';

const summary = (name: string) => ({ name, path: `${name.split('.').join('/')}.flux` });

describe('the navigator tree', () => {
  it('should put services in folders by their dotted names, folders first, sorted', () => {
    const tree = serviceTree(['Main', 'orders.eu.Refund', 'orders.Checkout', 'Alpha', 'billing.Invoice'].map(summary));
    const shape = (nodes: ReturnType<typeof serviceTree>): unknown =>
      nodes.map((n) => (n.type === 'folder' ? { [n.name]: shape(n.children) } : n.name));
    expect(shape(tree)).toEqual([{ billing: ['Invoice'] }, { orders: [{ eu: ['Refund'] }, 'Checkout'] }, 'Alpha', 'Main']);
  });

  it('should name the folders by their dotted path', () => {
    const [orders] = serviceTree([summary('orders.eu.Refund')]);
    expect(orders).toMatchObject({ type: 'folder', path: 'orders', children: [{ type: 'folder', path: 'orders.eu' }] });
  });
});

describe('a name for a new service', () => {
  it('should take dotted names and refuse blank, invalid and taken ones', () => {
    expect(serviceNameProblem('orders.Checkout', [], isValidServiceName)).toBeUndefined();
    expect(serviceNameProblem('  ', [], isValidServiceName)).toContain('Type a name');
    expect(serviceNameProblem('orders..Checkout', [], isValidServiceName)).toContain('not a service name');
    expect(serviceNameProblem('Main', ['Main'], isValidServiceName)).toContain('already exists');
  });
});
