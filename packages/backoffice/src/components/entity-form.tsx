import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from '../layout/settings-page.module.css';

/**
 * The frame of every master-data form: its heading, HQ's refusal that names none of its fields, the
 * fields in a grid (`children`), what follows them (`after`: a list of addresses), Save, and once saved
 * what that means for the stores (`saved`).
 */
export function EntityForm({
  heading,
  error,
  pending,
  saved,
  onSubmit,
  children,
  after,
}: {
  heading: string;
  error: string | undefined;
  pending: boolean;
  /** The note once saved, already in the user's language; undefined while not saved. */
  saved: string | undefined;
  onSubmit: () => void;
  children: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      {error ? <FormError>{error}</FormError> : null}
      <div className={styles.fields}>{children}</div>
      {after}
      <div className={styles.actions}>
        <Button type="submit" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </Button>
        {saved ? (
          <p role="status" className={styles.saved}>
            {saved}
          </p>
        ) : null}
      </div>
    </form>
  );
}
