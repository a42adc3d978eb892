import type { ManagerOverride } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './manager-override-dialog.module.css';

/**
 * R-SEC-2: a manager approves one action on the spot with their staff id and password, which go with
 * that one request only. A modal dialog, so the focus stays in it and Escape cancels. Errors come
 * already translated: at the staff id, at the password, or above both.
 */
export function ManagerOverrideDialog({
  action,
  pending,
  errors,
  onApprove,
  onCancel,
}: {
  /** What the manager approves, as a sentence ("Approve a deposit of €10.00"). */
  action: string;
  pending: boolean;
  errors: {
    readonly staffId?: string | undefined;
    readonly password?: string | undefined;
    readonly form?: string | undefined;
  };
  onApprove: (override: ManagerOverride) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [staffId, setStaffId] = useState('');
  const [password, setPassword] = useState('');
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApprove({ staffId: staffId.trim(), password });
  };
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="manager-override-heading"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className={styles.form} onSubmit={submit}>
        <h2 id="manager-override-heading">{t('managerOverride.heading')}</h2>
        <p>{action}</p>
        {errors.form ? <FormError>{errors.form}</FormError> : null}
        <TextField
          label={t('managerOverride.staffId')}
          value={staffId}
          onChange={setStaffId}
          error={errors.staffId}
          autoComplete="off"
          autoFocus
        />
        <TextField
          label={t('managerOverride.password')}
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          autoComplete="off"
        />
        <div className={styles.actions}>
          <Button type="submit" disabled={pending}>
            {t('managerOverride.approve')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('managerOverride.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
