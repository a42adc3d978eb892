import type { FunctionalityProfile, Location } from '@kassa/contracts';
import { type ApiError, errorsByField } from '@kassa/web-kit/api/api-error.ts';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsForm } from '../../components/settings-form.tsx';
import { useServices } from '../../services.tsx';

const FIELDS = [
  'requirePaymentForFulfillment',
  'createCustomerOrderInAsyncMode',
  'fallbackToAsyncWhenHqUnreachable',
] as const satisfies readonly (keyof FunctionalityProfile)[];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * One store's profile (R-PRO-1..3) with the source's names. A PUT replaces the profile whole, so saving
 * twice is saving once: it needs no idempotency key. Saved means saved at HQ, not at the store yet.
 */
export function ProfileForm({ store, saved }: { store: Location; saved: FunctionalityProfile }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [profile, setProfile] = useState<FunctionalityProfile>(saved);
  const save = useMutation<FunctionalityProfile, ApiError, FunctionalityProfile>({
    mutationFn: (body) => api.put(`/functionality-profiles/${encodeURIComponent(store.id)}`, body),
    onSuccess: (stored) => queryClient.setQueryData(['functionality-profile', store.id], stored),
  });
  const refused = errorsByField(save.error, FIELDS);
  const elsewhere = save.error && Object.keys(refused).length === 0 ? save.error : undefined;
  const errorAt = (field: (typeof FIELDS)[number]) => {
    const error = refused[field];
    return error ? errorText(error as ApiError) : undefined;
  };
  const change = (next: Partial<FunctionalityProfile>) => {
    setProfile((current) => ({ ...current, ...next }));
    save.reset();
  };
  const yesOrNo = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
  ];

  return (
    <SettingsForm
      heading={t('profiles.general', { store: `${store.id} ${store.name}` })}
      error={elsewhere ? errorText(elsewhere) : undefined}
      pending={save.isPending}
      saved={save.isSuccess ? t('profiles.saved', { store: store.id }) : undefined}
      onSubmit={() => save.mutate(profile)}
    >
      <SelectField
        label={t('profiles.fields.requirePaymentForFulfillment')}
        value={profile.requirePaymentForFulfillment}
        onChange={(value) =>
          change({
            requirePaymentForFulfillment: value === 'CardRequired' ? 'CardRequired' : 'NotRequired',
          })
        }
        options={[
          { value: 'NotRequired', label: t('profiles.paymentRequirement.NotRequired') },
          { value: 'CardRequired', label: t('profiles.paymentRequirement.CardRequired') },
        ]}
        error={errorAt('requirePaymentForFulfillment')}
      />
      <SelectField
        label={t('profiles.fields.createCustomerOrderInAsyncMode')}
        value={yesNo(profile.createCustomerOrderInAsyncMode)}
        onChange={(value) => change({ createCustomerOrderInAsyncMode: value === 'yes' })}
        options={yesOrNo}
        error={errorAt('createCustomerOrderInAsyncMode')}
      />
      <SelectField
        label={t('profiles.fields.fallbackToAsyncWhenHqUnreachable')}
        value={yesNo(profile.fallbackToAsyncWhenHqUnreachable)}
        onChange={(value) => change({ fallbackToAsyncWhenHqUnreachable: value === 'yes' })}
        options={yesOrNo}
        error={errorAt('fallbackToAsyncWhenHqUnreachable')}
      />
    </SettingsForm>
  );
}
