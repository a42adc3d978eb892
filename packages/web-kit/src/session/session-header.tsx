import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { Button } from '../components/button.tsx';
import { FormError } from '../components/form-error.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useErrorText } from '../i18n/use-error-text.ts';
import { type AppServices, useAppServices } from '../services.tsx';
import styles from './session-header.module.css';

/** What the header says, already in the user's language. */
export interface SessionHeaderTexts {
  /** The name of the list of facts, for screen readers (`This register`). */
  readonly facts: string;
  readonly language: string;
  readonly signOut: string;
  readonly signingOut: string;
}

/**
 * The top of every signed-in screen: what the app says of itself (`brand`), facts of the session (who,
 * where), the language and Sign out. The server ends the session; only once it has may the browser forget it.
 */
export function SessionHeader({
  brand,
  facts,
  texts,
  className,
}: {
  brand?: ReactNode;
  facts: readonly { readonly term: string; readonly value: string }[];
  texts: SessionHeaderTexts;
  /** Where the app's layout places the header. */
  className?: string | undefined;
}) {
  const { api, session } = useAppServices<AppServices<unknown>>();
  const errorText = useErrorText();
  const signOut = useMutation<void, ApiError>({
    mutationFn: () => api.delete('/sessions/current'),
    onSuccess: () => session.signedOut(),
  });
  return (
    <header className={[styles.header, className].filter(Boolean).join(' ')}>
      {brand}
      <dl className={styles.facts} aria-label={texts.facts}>
        {facts.map((fact) => (
          <div key={fact.term}>
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.actions}>
        <LanguageSwitch label={texts.language} />
        <Button variant="secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
          {signOut.isPending ? texts.signingOut : texts.signOut}
        </Button>
      </div>
      {signOut.error ? <FormError>{errorText(signOut.error)}</FormError> : null}
    </header>
  );
}
