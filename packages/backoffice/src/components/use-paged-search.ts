import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useServices } from '../services.tsx';

/** A page of a list HQ searches (`/products`, `/customers`): the items and where the next page starts. */
export type Page<Name extends string, T> = { readonly [K in Name]: T[] } & { readonly next: string | null };

const PAGE_SIZE = 25;

/**
 * HQ's search over a long list (products, customers), a page at a time: what `search` finds, with more
 * pages on request. An empty search lists from the start.
 */
export function usePagedSearch<Name extends string, T>(path: string, name: Name, search: string) {
  const { api } = useServices();
  const query = useInfiniteQuery<Page<Name, T>, ApiError>({
    queryKey: [path.slice(1), 'search', search],
    initialPageParam: null,
    getNextPageParam: (last) => last.next,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (search) params.set('search', search);
      if (typeof pageParam === 'string') params.set('after', pageParam);
      return api.get<Page<Name, T>>(`${path}?${params}`);
    },
  });
  return {
    items: query.data?.pages.flatMap((page) => page[name]),
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    more: () => void query.fetchNextPage(),
  };
}
