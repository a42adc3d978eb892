import { useEffect, useId, useRef, useState } from 'react';
import { fieldOf } from '../api/api-error.ts';
import { useAction } from '../api/use-action.ts';
import { AppForm } from '../components/app-form.tsx';
import { Button } from '../components/button.tsx';
import { FormError } from '../components/form-error.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { TextField } from '../components/text-field.tsx';
import { useErrorText } from '../i18n/use-error-text.ts';
import { type AppServices, useAppServices } from '../services.tsx';
import styles from './sign-in-screen.module.css';

/** What every sign-in asks for (R-SEC-1). */
export interface Credentials {
  readonly staffId: string;
  readonly password: string;
}

/** The sign-in texts each app keeps under `signIn`, its heading naming the app. */
export interface SignInTexts {
  readonly heading: string;
  readonly staffId: string;
  readonly password: string;
  readonly submit: string;
  readonly submitting: string;
  readonly sessionEnded: string;
}

/** A field an app asks for beside staff id and password (the POS: which register). */
export interface ExtraField<Name extends string> {
  readonly name: Name;
  readonly label: string;
  readonly autoCapitalize?: string;
}

/**
 * R-SEC-1: staff sign in with staff id and password, POSTed to the app's `/sessions`. The server checks
 * everything, so a refusal shows at the field it names, which gets the focus; what was typed stays.
 */
export function SignInScreen<Form extends Credentials>({
  ended,
  texts,
  languageLabel,
  initial,
  extraFields = [],
}: {
  /** The server ended the last session, which the screen says until the next attempt. */
  readonly ended: boolean;
  readonly texts: SignInTexts;
  readonly languageLabel: string;
  readonly initial: () => Form;
  readonly extraFields?: readonly ExtraField<Exclude<keyof Form & string, keyof Credentials>>[];
}) {
  // What the server answers is the app's own session: this screen only hands it to the session store.
  const { api, session } = useAppServices<AppServices<unknown>>();
  const errorText = useErrorText();
  const headingId = useId();
  const [form, setForm] = useState<Form>(initial);
  const fields: readonly (keyof Form & string)[] = [
    'staffId',
    'password',
    ...extraFields.map((extra) => extra.name),
  ];
  const inputs = useRef(new Map<string, HTMLInputElement | null>());
  const signIn = useAction((input: Form, key) => api.post<unknown>('/sessions', input, key), {
    onSuccess: (signedIn) => session.signedIn(signedIn),
  });
  const error = signIn.error;
  const errorField = fieldOf(error, fields);

  useEffect(() => {
    inputs.current.get('staffId')?.focus();
  }, []);
  // Each refusal, a repeated one too, takes the user to the field it names; only the form's fields have inputs.
  useEffect(() => {
    if (error?.field) inputs.current.get(error.field)?.focus();
  }, [error]);

  const field = (name: keyof Form & string) => ({
    value: form[name] as string,
    onChange: (value: string) => setForm((current) => ({ ...current, [name]: value })),
    error: error && errorField === name ? errorText(error) : undefined,
    inputRef: (input: HTMLInputElement | null) => {
      inputs.current.set(name, input);
    },
  });

  return (
    <main className={styles.screen}>
      <div className={styles.language}>
        <LanguageSwitch label={languageLabel} />
      </div>
      <AppForm
        className={styles.form}
        aria-labelledby={headingId}
        // A staff id is never meant with the spaces a quick hand types around it.
        onSubmit={() => signIn.mutate({ ...form, staffId: form.staffId.trim() })}
      >
        <h1 id={headingId}>{texts.heading}</h1>
        {ended && !error ? (
          <p className={styles.notice} role="status">
            {texts.sessionEnded}
          </p>
        ) : null}
        {error && !errorField ? <FormError>{errorText(error)}</FormError> : null}
        <TextField
          label={texts.staffId}
          autoComplete="username"
          autoCapitalize="none"
          {...field('staffId')}
        />
        <TextField
          label={texts.password}
          type="password"
          autoComplete="current-password"
          {...field('password')}
        />
        {extraFields.map((extra) => (
          <TextField
            key={extra.name}
            label={extra.label}
            autoCapitalize={extra.autoCapitalize}
            {...field(extra.name)}
          />
        ))}
        <Button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? texts.submitting : texts.submit}
        </Button>
      </AppForm>
    </main>
  );
}
