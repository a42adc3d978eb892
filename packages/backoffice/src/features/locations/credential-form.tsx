import { type ApiError, errorsByField } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityErrorText } from '../../components/entity-error-text.ts';
import styles from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import { LOCATIONS, type LocationView } from './use-locations.ts';

/**
 * The secret a store calls HQ's RTS with (R-SEC-4): set here, never shown again, and needed at the store
 * too (its KASSA_HQ_SECRET). Setting it is a PUT, so setting it twice is setting it once.
 */
export function CredentialForm({ store }: { store: LocationView }) {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState(false);
  const set = useMutation<unknown, ApiError, string>({
    mutationFn: (value) =>
      api.put(`/locations/${encodeURIComponent(store.id)}/credential`, { secret: value }),
    onSuccess: () => {
      setSecret('');
      return queryClient.invalidateQueries({ queryKey: LOCATIONS });
    },
  });
  const refused = errorsByField(set.error, ['secret']).secret;
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const bad = secret.length < 16 || secret.length > 200;
        setProblem(bad);
        if (!bad) set.mutate(secret);
      }}
    >
      <h2 id={headingId}>{t('masterData.locations.credential.heading')}</h2>
      <p>
        {t(
          store.hasCredential
            ? 'masterData.locations.credential.isSet'
            : 'masterData.locations.credential.notSet',
        )}
      </p>
      {set.error && !refused ? <FormError>{entityErrorText(t, i18n, set.error)}</FormError> : null}
      <div className={styles.fields}>
        <TextField
          label={t('masterData.locations.credential.secret')}
          type="password"
          autoComplete="new-password"
          value={secret}
          onChange={(value) => {
            setSecret(value);
            setProblem(false);
            set.reset();
          }}
          error={
            problem
              ? t('masterData.locations.credential.problem')
              : refused
                ? entityErrorText(t, i18n, refused)
                : undefined
          }
        />
      </div>
      <div className={styles.actions}>
        <Button type="submit" variant="secondary" disabled={set.isPending}>
          {t('masterData.locations.credential.set')}
        </Button>
        {set.isSuccess ? (
          <p role="status" className={styles.saved}>
            {t('masterData.locations.credential.saved', { store: store.id })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
