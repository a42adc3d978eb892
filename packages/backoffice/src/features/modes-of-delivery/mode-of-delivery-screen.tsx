import type { ModeOfDelivery } from '@kassa/contracts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import {
  MODE_FIELDS,
  MODE_KINDS,
  type ModeField,
  type ModeForm,
  modeForm,
  readMode,
} from './mode-of-delivery-form.ts';
import {
  MODES_OF_DELIVERY,
  type ModesOfDelivery,
  modePage,
  useModesOfDelivery,
} from './use-modes-of-delivery.ts';

/** A new mode of delivery (no `code`) or the one HQ has under `code`. */
export function ModeOfDeliveryScreen({ code }: { code?: string }) {
  const { t } = useTranslation();
  const modes = useModesOfDelivery();
  const found = code === undefined ? null : modes.data?.modesOfDelivery.find((m) => m.code === code);
  return (
    <MasterDataScreen
      heading={code ?? t('masterData.modes.newHeading')}
      back={{ href: '/modes-of-delivery', label: t('masterData.modes.heading') }}
      job="1070"
    >
      <Loaded data={modes.data} error={modes.error}>
        {() =>
          found === undefined ? (
            <FormError>{t('masterData.modes.notFound', { code })}</FormError>
          ) : (
            <ModeEditor saved={found ?? undefined} />
          )
        }
      </Loaded>
    </MasterDataScreen>
  );
}

function ModeEditor({ saved }: { saved: ModeOfDelivery | undefined }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ModeForm>(() => modeForm(saved));
  const save = useEntitySave<ModeOfDelivery>({
    path: (key) => `/modes-of-delivery/${encodeURIComponent(key)}`,
    keyOf: (value) => value.code,
    keyField: 'code',
    creating: saved === undefined,
    exists: async (key, ask) =>
      (await ask.list<ModesOfDelivery>(MODES_OF_DELIVERY, '/modes-of-delivery')).modesOfDelivery.some(
        (m) => m.code === key,
      ),
    stale: [MODES_OF_DELIVERY],
    pageOf: modePage,
  });
  const field = (name: ModeField) => ({
    label: t(`masterData.modes.fields.${name}`),
    value: form[name],
    error: save.errorAt(name),
    onChange: (value: string) => {
      setForm((current) => ({ ...current, [name]: value }));
      save.changed(name);
    },
  });
  return (
    <EntityForm
      heading={t('masterData.modes.form')}
      error={save.formError(MODE_FIELDS)}
      pending={save.pending}
      saved={save.saved && t(`masterData.${save.saved}`, { job: '1070' })}
      onSubmit={() => save.submit(readMode(form))}
    >
      <TextField {...field('code')} readOnly={saved !== undefined} autoComplete="off" />
      <TextField {...field('name')} />
      <SelectField
        {...field('kind')}
        options={MODE_KINDS.map((kind) => ({ value: kind, label: t(`masterData.modes.kinds.${kind}`) }))}
      />
    </EntityForm>
  );
}
