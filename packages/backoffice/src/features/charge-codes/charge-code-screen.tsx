import type { ChargeCode } from '@kassa/contracts';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { ListedEntityScreen } from '../../components/listed-entity-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { CHARGE_CODE_FIELDS, chargeCodeForm, readChargeCode } from './charge-code-form.ts';
import { CHARGE_CODES, chargeCodePage, useChargeCodes } from './use-charge-codes.ts';

/** A new charge code (no `code`) or the one HQ has under `code`. */
export function ChargeCodeScreen({ code }: { code?: string }) {
  const { t } = useTranslation();
  const chargeCodes = useChargeCodes();
  const found = code === undefined ? null : chargeCodes.data?.chargeCodes.find((c) => c.code === code);
  return (
    <ListedEntityScreen
      heading={code ?? t('masterData.chargeCodes.newHeading')}
      back={{ href: '/charge-codes', label: t('masterData.chargeCodes.heading') }}
      job="1040"
      data={chargeCodes.data}
      error={chargeCodes.error}
      found={found}
      notFound={t('masterData.chargeCodes.notFound', { code })}
    >
      {(saved) => <ChargeCodeEditor saved={saved} />}
    </ListedEntityScreen>
  );
}

function ChargeCodeEditor({ saved }: { saved: ChargeCode | undefined }) {
  const { t } = useTranslation();
  const save = useEntitySave({
    initial: () => chargeCodeForm(saved),
    read: readChargeCode,
    label: (name) => t(`masterData.chargeCodes.fields.${name}`),
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
  return (
    <EntityForm heading={t('masterData.chargeCodes.form')} save={save} fields={CHARGE_CODE_FIELDS} job="1040">
      <TextField {...save.field('code')} readOnly={saved !== undefined} autoComplete="off" />
      <TextField {...save.field('description')} />
      <TextField {...save.field('vatRate')} inputMode="decimal" />
    </EntityForm>
  );
}
