import type { ChargeCode, CommerceParameters, ModeOfDelivery } from '@kassa/contracts';
import { type ApiError, errorsByField } from '@kassa/web-kit/api/api-error.ts';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsForm } from '../../components/settings-form.tsx';
import { useServices } from '../../services.tsx';
import {
  formOf,
  PARAMETER_FIELDS,
  type ParameterField,
  type ParameterForm,
  type Problem,
  readForm,
} from './parameters-form.ts';

/** A choice of codes, keeping one HQ holds that the list lacks (a code deleted since) visible. */
function choices(
  current: string,
  options: readonly { readonly value: string; readonly label: string }[],
): { value: string; label: string }[] {
  return options.some((option) => option.value === current)
    ? [...options]
    : [{ value: current, label: current }, ...options];
}

/**
 * R-PAR-1's fields as the user types them. What cannot be a value is shown at its field before HQ is
 * asked; HQ then names every field it refuses (a charge code that does not exist, a mode of the wrong
 * kind), each shown at its field. A PUT replaces the parameters whole, so saving twice is saving once:
 * it needs no idempotency key, and the parameters carry no version to check.
 */
export function CommerceParametersForm({
  saved,
  chargeCodes,
  modesOfDelivery,
}: {
  saved: CommerceParameters;
  chargeCodes: readonly ChargeCode[];
  modesOfDelivery: readonly ModeOfDelivery[];
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [form, setForm] = useState<ParameterForm>(() => formOf(saved));
  const [problems, setProblems] = useState<Partial<Record<ParameterField, Problem>>>({});
  const save = useMutation<CommerceParameters, ApiError, CommerceParameters>({
    mutationFn: (parameters) => api.put('/commerce-parameters', parameters),
    onSuccess: (parameters) => {
      queryClient.setQueryData(['commerce-parameters'], parameters);
      setForm(formOf(parameters));
    },
  });
  const refused = errorsByField(save.error, PARAMETER_FIELDS);
  const elsewhere = save.error && Object.keys(refused).length === 0 ? save.error : undefined;

  const errorAt = (field: ParameterField) => {
    const problem = problems[field];
    if (problem) return t(`parameters.problems.${problem}`);
    const error = refused[field];
    return error ? errorText(error as ApiError) : undefined;
  };
  const change = (field: ParameterField) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setProblems(({ [field]: _, ...rest }) => rest);
    save.reset();
  };
  const text = (field: ParameterField, inputMode: 'decimal' | 'numeric') => ({
    label: t(`parameters.fields.${field}`),
    value: form[field],
    onChange: change(field),
    error: errorAt(field),
    inputMode,
  });
  const select = (field: ParameterField, options: readonly { value: string; label: string }[]) => ({
    label: t(`parameters.fields.${field}`),
    value: form[field],
    onChange: change(field),
    error: errorAt(field),
    options: choices(form[field], options),
  });
  const codes = chargeCodes.map((code) => ({ value: code.code, label: `${code.code}: ${code.description}` }));
  const modes = (kind: ModeOfDelivery['kind']) =>
    modesOfDelivery
      .filter((mode) => mode.kind === kind)
      .map((mode) => ({ value: mode.code, label: `${mode.code}: ${mode.name}` }));

  return (
    <SettingsForm
      heading={t('parameters.customerOrders')}
      error={elsewhere ? errorText(elsewhere) : undefined}
      pending={save.isPending}
      saved={save.isSuccess ? t('parameters.saved') : undefined}
      onSubmit={() => {
        const read = readForm(form);
        if (!read.ok) {
          setProblems(read.problems);
          return;
        }
        setProblems({});
        save.mutate(read.parameters);
      }}
    >
      <TextField {...text('defaultDepositPercent', 'decimal')} />
      <TextField {...text('cancellationChargePercent', 'decimal')} />
      <SelectField {...select('cancellationChargeCode', codes)} />
      <SelectField {...select('shippingChargeCode', codes)} />
      <SelectField
        {...select('refundShippingCharges', [
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ])}
      />
      <TextField {...text('maxShippingRefundWithoutApproval', 'decimal')} />
      <TextField {...text('quoteExpirationDays', 'numeric')} />
      <SelectField {...select('pickupModeOfDelivery', modes('pickup'))} />
      <SelectField {...select('carryOutModeOfDelivery', modes('carryOut'))} />
    </SettingsForm>
  );
}
