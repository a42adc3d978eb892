import { uuidv7 } from './uuidv7.ts';

/**
 * The Idempotency-Key of one user action. The first attempt makes it; a retry of the same request (after
 * a network failure or a refusal) sends it again, so the store does the action at most once however the
 * first attempt ended. A different request is a new action and gets a new key: the store refuses a key
 * sent with another request. Once the action succeeded, doing it again is a new action too.
 */
export interface ActionKey {
  for(request: unknown): string;
  succeeded(): void;
}

export function actionKey(newKey: () => string = uuidv7): ActionKey {
  let current: { readonly request: string; readonly key: string } | undefined;
  return {
    for(request) {
      const text = JSON.stringify(request);
      if (current?.request !== text) current = { request: text, key: newKey() };
      return current.key;
    },
    succeeded() {
      current = undefined;
    },
  };
}
