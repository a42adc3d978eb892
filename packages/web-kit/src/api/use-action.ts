import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { type ActionKey, actionKey } from './action-key.ts';
import type { ApiError } from './api-error.ts';

/**
 * A user action that POSTs: a mutation whose every attempt carries the action's Idempotency-Key
 * (action-key.ts). It is never retried on its own; the user retries, with the same key.
 */
export function useAction<Input, Output>(
  send: (input: Input, idempotencyKey: string) => Promise<Output>,
  options: Omit<UseMutationOptions<Output, ApiError, Input>, 'mutationFn' | 'retry'> = {},
) {
  const key = useRef<ActionKey>(null);
  key.current ??= actionKey();
  const keys = key.current;
  return useMutation<Output, ApiError, Input>({
    ...options,
    retry: false,
    mutationFn: (input) => send(input, keys.for(input)),
    onSuccess: (...args) => {
      keys.succeeded();
      return options.onSuccess?.(...args);
    },
  });
}
