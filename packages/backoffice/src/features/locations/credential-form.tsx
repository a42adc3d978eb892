import { type ApiError, errorsByField } from '@kassa/web-kit/api/api-error.ts';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityErrorText } from '../../components/entity-error-text.ts';
import { SettingsForm } from '../../components/settings-form.tsx';
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
    <SettingsForm
      heading={t('masterData.locations.credential.heading')}
      intro={
        <p>
          {t(
            store.hasCredential
              ? 'masterData.locations.credential.isSet'
              : 'masterData.locations.credential.notSet',
          )}
        </p>
      }
      error={set.error && !refused ? entityErrorText(t, i18n, set.error) : undefined}
      pending={set.isPending}
      submit={{ label: t('masterData.locations.credential.set'), variant: 'secondary' }}
      saved={set.isSuccess ? t('masterData.locations.credential.saved', { store: store.id }) : undefined}
      onSubmit={() => {
        const bad = secret.length < 16 || secret.length > 200;
        setProblem(bad);
        if (!bad) set.mutate(secret);
      }}
    >
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
    </SettingsForm>
  );
}
