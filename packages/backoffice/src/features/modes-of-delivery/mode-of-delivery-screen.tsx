import type { ModeOfDelivery } from '@kassa/contracts';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { ListedEntityScreen } from '../../components/listed-entity-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { MODE_FIELDS, MODE_KINDS, modeForm, readMode } from './mode-of-delivery-form.ts';
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
    <ListedEntityScreen
      heading={code ?? t('masterData.modes.newHeading')}
      back={{ href: '/modes-of-delivery', label: t('masterData.modes.heading') }}
      job="1070"
      data={modes.data}
      error={modes.error}
      found={found}
      notFound={t('masterData.modes.notFound', { code })}
    >
      {(saved) => <ModeEditor saved={saved} />}
    </ListedEntityScreen>
  );
}

function ModeEditor({ saved }: { saved: ModeOfDelivery | undefined }) {
  const { t } = useTranslation();
  const save = useEntitySave({
    initial: () => modeForm(saved),
    read: readMode,
    label: (name) => t(`masterData.modes.fields.${name}`),
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
  return (
    <EntityForm heading={t('masterData.modes.form')} save={save} fields={MODE_FIELDS} job="1070">
      <TextField {...save.field('code')} readOnly={saved !== undefined} autoComplete="off" />
      <TextField {...save.field('name')} />
      <SelectField
        {...save.field('kind')}
        options={MODE_KINDS.map((kind) => ({ value: kind, label: t(`masterData.modes.kinds.${kind}`) }))}
      />
    </EntityForm>
  );
}
