/** @vitest-environment happy-dom */

import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { orderQueryKey } from '@kassa/web-kit/orders/use-order.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_TENDER } from '../../src/features/order-operations/tender.ts';
import { useConfirmOperation } from '../../src/features/order-operations/use-operation.ts';
import { type Services, ServicesProvider } from '../../src/services.tsx';

afterEach(cleanup);

/** The confirm hook over a store that answers every operation with `refusal`; the order is in the cache. */
function confirmRefusedWith(refusal: ApiError) {
  const post = vi.fn(() => Promise.reject(refusal));
  const services = { api: { post } as unknown as ApiClient, session: {} } as unknown as Services;
  const queryClient = new QueryClient();
  queryClient.setQueryData(orderQueryKey('O1'), { id: 'O1', version: 4 });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={services}>{children}</ServicesProvider>
    </QueryClientProvider>
  );
  const { result } = renderHook(() => useConfirmOperation('O1', 'cancel'), { wrapper });
  const confirm = () =>
    act(() => result.current.mutate({ request: { version: 4 }, tender: NO_TENDER, due: 0 }));
  const orderIsStale = () => queryClient.getQueryState(orderQueryKey('O1'))?.isInvalidated === true;
  return { confirm, orderIsStale, result };
}

describe('R-EDT-4: confirming an operation on an order someone changed meanwhile', () => {
  it('reads the order again, so the next attempt is made at its current version', async () => {
    const { confirm, orderIsStale, result } = confirmRefusedWith(
      new ApiError(409, { code: 'VERSION_CONFLICT', message: 'changed', field: 'version' }),
    );
    await confirm();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(orderIsStale()).toBe(true);
  });

  it('leaves the order as read after any other refusal', async () => {
    const { confirm, orderIsStale, result } = confirmRefusedWith(
      new ApiError(403, { code: 'FORBIDDEN', message: 'no' }),
    );
    await confirm();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(orderIsStale()).toBe(false);
  });
});
