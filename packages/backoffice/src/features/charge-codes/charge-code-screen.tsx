import type { ChargeCode } from '@kassa/contracts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import {
  CHARGE_CODE_FIELDS,
  type ChargeCodeField,
  type ChargeCodeForm,
  chargeCodeForm,
  readChargeCode,
} from './charge-code-form.ts';
import { CHARGE_CODES, chargeCodePage, useChargeCodes } from './use-charge-codes.ts';

/** A new charge code (no `code`) or the one HQ has under `code`. */
export function ChargeCodeScreen({ code }: { code?: string }) {
  const { t } = useTranslation();
  const chargeCodes = useChargeCodes();
  const found = code === undefined ? null : chargeCodes.data?.chargeCodes.find((c) => c.code === code);
  return (
    <MasterDataScreen
      heading={code ?? t('masterData.chargeCodes.newHeading')}
      back={{ href: '/charge-codes', label: t('masterData.chargeCodes.heading') }}
      job="1040"
    >
      <Loaded data={chargeCodes.data} error={chargeCodes.error}>
        {() =>
          found === undefined ? (
            <FormError>{t('masterData.chargeCodes.notFound', { code })}</FormError>
          ) : (
            <ChargeCodeEditor saved={found ?? undefined} />
          )
        }
      </Loaded>
    </MasterDataScreen>
  );
}

function ChargeCodeEditor({ saved }: { saved: ChargeCode | undefined }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ChargeCodeForm>(() => chargeCodeForm(saved));
  const save = useEntitySave<ChargeCode>({
    path: (key) => `/charge-codes/${encodeURIComponent(key)}`,
    keyOf: (value) => value.code,
    keyField: 'code',
    creating: saved === undefined,
    exists: async (key, ask) =>
      (await ask.list<{ chargeCodes: ChargeCode[] }>(CHARGE_CODES, '/charge-codes')).chargeCodes.some(
        (c) => c.code === key,
      ),
    stale: [CHARGE_CODES],
    pageOf: chargeCodePage,
  });
  const field = (name: ChargeCodeField) => ({
    label: t(`masterData.chargeCodes.fields.${name}`),
    value: form[name],
    error: save.errorAt(name),
    onChange: (value: string) => {
      setForm((current) => ({ ...current, [name]: value }));
      save.changed(name);
    },
  });
  return (
    <EntityForm
      heading={t('masterData.chargeCodes.form')}
      error={save.formError(CHARGE_CODE_FIELDS)}
      pending={save.pending}
      saved={save.saved && t(`masterData.${save.saved}`, { job: '1040' })}
      onSubmit={() => save.submit(readChargeCode(form))}
    >
      <TextField {...field('code')} readOnly={saved !== undefined} autoComplete="off" />
      <TextField {...field('description')} />
      <TextField {...field('vatRate')} inputMode="decimal" />
    </EntityForm>
  );
}
