import type { Session, SignIn } from '@kassa/contracts';
import { fieldOf } from '@kassa/web-kit/api/api-error.ts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { LanguageSwitch } from '@kassa/web-kit/components/language-switch.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import styles from './sign-in-screen.module.css';

const FIELDS = ['staffId', 'password'] as const;
type Field = (typeof FIELDS)[number];

/**
 * R-SEC-1: head-office staff sign in with staff id and password; HQ lets in only those whose groups grant
 * the back office. A refusal shows at the field HQ names, which gets the focus; what was typed stays.
 */
export function SignInScreen({ ended }: { ended: boolean }) {
  const { t } = useTranslation();
  const { api, session } = useServices();
  const errorText = useErrorText();
  const headingId = useId();
  const [form, setForm] = useState<SignIn>({ staffId: '', password: '' });
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const signIn = useAction((input: SignIn, key) => api.post<Session>('/sessions', input, key), {
    onSuccess: (signedIn) => session.signedIn(signedIn),
  });
  const error = signIn.error;
  const errorField = fieldOf(error, FIELDS);

  useEffect(() => {
    inputs.current.staffId?.focus();
  }, []);
  // Each refusal, a repeated one too, takes the user to the field it names.
  useEffect(() => {
    const field = fieldOf(error, FIELDS);
    if (field) inputs.current[field]?.focus();
  }, [error]);

  const field = (name: Field) => ({
    value: form[name],
    onChange: (value: string) => setForm((current) => ({ ...current, [name]: value })),
    error: error && errorField === name ? errorText(error) : undefined,
    inputRef: (input: HTMLInputElement | null) => {
      inputs.current[name] = input;
    },
  });

  return (
    <main className={styles.screen}>
      <div className={styles.language}>
        <LanguageSwitch label={t('shell.language')} />
      </div>
      <form
        className={styles.form}
        aria-labelledby={headingId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          signIn.mutate({ staffId: form.staffId.trim(), password: form.password });
        }}
      >
        <h1 id={headingId}>{t('signIn.heading')}</h1>
        {ended && !error ? (
          <p className={styles.notice} role="status">
            {t('signIn.sessionEnded')}
          </p>
        ) : null}
        {error && !errorField ? <FormError>{errorText(error)}</FormError> : null}
        <TextField
          label={t('signIn.staffId')}
          autoComplete="username"
          autoCapitalize="none"
          {...field('staffId')}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          {...field('password')}
        />
        <Button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </form>
    </main>
  );
}
