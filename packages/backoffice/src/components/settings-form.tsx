import { AppForm } from '@kassa/web-kit/components/app-form.tsx';
import { Button, type ButtonProps } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from '../layout/settings-page.module.css';

/**
 * The frame of every form that saves settings or master data at HQ: its heading, what it says first
 * (`intro`), HQ's refusal that names none of its fields, the fields in a grid (`children`), what follows
 * them (`after`), the submit button, and once saved the note of what that means.
 */
export function SettingsForm({
  heading,
  intro,
  error,
  pending,
  submit,
  saved,
  onSubmit,
  children,
  after,
}: {
  heading: string;
  intro?: ReactNode;
  /** The refusal to show above the fields, already in the user's language. */
  error: string | undefined;
  pending: boolean;
  /** A button other than Save (Saving… while pending). */
  submit?: { readonly label: string; readonly variant: ButtonProps['variant'] };
  /** The note once saved, already in the user's language; undefined while not saved. */
  saved: string | undefined;
  onSubmit: () => void;
  children: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <AppForm className={styles.form} aria-labelledby={headingId} onSubmit={onSubmit}>
      <h2 id={headingId}>{heading}</h2>
      {intro}
      {error ? <FormError>{error}</FormError> : null}
      <div className={styles.fields}>{children}</div>
      {after}
      <div className={styles.actions}>
        <Button type="submit" variant={submit?.variant ?? 'primary'} disabled={pending}>
          {submit ? submit.label : pending ? t('common.saving') : t('common.save')}
        </Button>
        {saved ? (
          <p role="status" className={styles.saved}>
            {saved}
          </p>
        ) : null}
      </div>
    </AppForm>
  );
}
