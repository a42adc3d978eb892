import { describe, expect, it } from 'vitest';
import { matchPath } from '../src/navigation/router.ts';

describe('POS addresses', () => {
  it('a pattern matches its own segments and names the parameters, decoded', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/orders/:orderId', '/orders/S01-R1-000001')).toEqual({ orderId: 'S01-R1-000001' });
    expect(matchPath('/orders/:orderId', '/orders/a%2Fb')).toEqual({ orderId: 'a/b' });
    expect(matchPath('/orders/:orderId', '/orders/')).toBeUndefined();
    expect(matchPath('/orders/:orderId', '/carts/1')).toBeUndefined();
    expect(matchPath('/orders', '/orders/1')).toBeUndefined();
  });
});
