import { describe, expect, it } from 'vitest';
import { isValidServiceName, pathFromServiceName, serviceNameFromPath } from './names';

describe('service names', () => {
  it.each([
    ['orders/Checkout.flux', 'orders.Checkout'],
    ['Checkout.flux', 'Checkout'],
    ['./a/b/c/Deep.flux', 'a.b.c.Deep'],
    ['my folder/My Service.flux', 'my folder.My Service'],
  ])('should name %s as %s', (path, name) => {
    expect(serviceNameFromPath(path)).toBe(name);
  });

  it.each([['orders/Checkout.json'], ['v1.2/A.flux'], ['a//B.flux'], ['/abs/B.flux'], ['.flux'], ['a/.hidden.flux'], ['a\\b.flux']])(
    'should give no name to %s',
    (path) => {
      expect(serviceNameFromPath(path)).toBeNull();
    },
  );

  it('should map names back to paths, and round-trip', () => {
    // given
    const names = ['orders.Checkout', 'Single', 'a.b.c.Deep'];
    for (const name of names) {
      // when
      const path = pathFromServiceName(name);
      // then
      expect(path).not.toBeNull();
      expect(serviceNameFromPath(path!)).toBe(name);
    }
    expect(pathFromServiceName('orders.Checkout')).toBe('orders/Checkout.flux');
  });

  it('should reject names with empty segments or slashes', () => {
    for (const name of ['', 'a..b', '.a', 'a.', 'a/b', ' a']) {
      expect(isValidServiceName(name), name).toBe(false);
      expect(pathFromServiceName(name)).toBeNull();
    }
  });
});
