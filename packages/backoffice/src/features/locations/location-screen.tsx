import type { Location } from '@kassa/contracts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { CredentialForm } from './credential-form.tsx';
import {
  LOCATION_FIELDS,
  type LocationField,
  type LocationForm,
  locationForm,
  readLocation,
} from './location-form.ts';
import { LOCATIONS, type Locations, type LocationView, locationPage, useLocations } from './use-locations.ts';

/** A new store or warehouse (no `id`) or the one HQ has under `id`, with a store's RTS credential. */
export function LocationScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const locations = useLocations();
  const found = id === undefined ? null : locations.data?.locations.find((l) => l.id === id);
  return (
    <MasterDataScreen
      heading={found ? `${found.id} ${found.name}` : (id ?? t('masterData.locations.newHeading'))}
      back={{ href: '/locations', label: t('masterData.locations.heading') }}
      job="1070"
    >
      <Loaded data={locations.data} error={locations.error}>
        {({ locations: all }) =>
          found === undefined ? (
            <FormError>{t('masterData.locations.notFound', { id })}</FormError>
          ) : (
            <>
              <LocationEditor
                saved={found ?? undefined}
                warehouses={all.filter((l) => l.kind === 'warehouse')}
              />
              {found?.kind === 'store' ? <CredentialForm store={found} /> : null}
            </>
          )
        }
      </Loaded>
    </MasterDataScreen>
  );
}

function LocationEditor({
  saved,
  warehouses,
}: {
  saved: LocationView | undefined;
  warehouses: readonly LocationView[];
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<LocationForm>(() => locationForm(saved));
  const save = useEntitySave<Location>({
    path: (key) => `/locations/${encodeURIComponent(key)}`,
    keyOf: (value) => value.id,
    keyField: 'id',
    creating: saved === undefined,
    exists: async (key, ask) =>
      (await ask.list<Locations>(LOCATIONS, '/locations')).locations.some((l) => l.id === key),
    stale: [LOCATIONS],
    pageOf: locationPage,
  });
  const field = (name: LocationField) => ({
    label: t(`masterData.locations.fields.${name}`),
    value: form[name],
    error: save.errorAt(name),
    onChange: (value: string) => {
      setForm((current) => ({ ...current, [name]: value }));
      save.changed(name);
    },
  });
  const store = form.kind === 'store';
  const shipsFrom = [
    { value: '', label: t('masterData.locations.noWarehouse') },
    ...warehouses.map((w) => ({ value: w.id, label: `${w.id} ${w.name}` })),
    // One HQ holds that the list lacks stays visible rather than silently replaced.
    ...(form.shipsFrom && !warehouses.some((w) => w.id === form.shipsFrom)
      ? [{ value: form.shipsFrom, label: form.shipsFrom }]
      : []),
  ];
  return (
    <EntityForm
      heading={t('masterData.locations.form')}
      error={save.formError(LOCATION_FIELDS)}
      pending={save.pending}
      saved={save.saved && t(`masterData.${save.saved}`, { job: '1070' })}
      onSubmit={() => save.submit(readLocation(form))}
    >
      <TextField {...field('id')} readOnly={saved !== undefined} autoComplete="off" />
      {saved === undefined ? (
        <SelectField
          {...field('kind')}
          options={(['store', 'warehouse'] as const).map((kind) => ({
            value: kind,
            label: t(`masterData.locations.kinds.${kind}`),
          }))}
        />
      ) : (
        // A location keeps its kind for life (HQ refuses a change): shown, not offered.
        <TextField {...field('kind')} value={t(`masterData.locations.kinds.${saved.kind}`)} readOnly />
      )}
      <TextField {...field('name')} />
      <TextField {...field('timeZone')} autoComplete="off" />
      <TextField {...field('address.name')} />
      <TextField {...field('address.street')} />
      <TextField {...field('address.postalCode')} />
      <TextField {...field('address.city')} />
      <TextField {...field('address.country')} maxLength={2} />
      {store ? (
        <>
          <SelectField {...field('shipsFrom')} options={shipsFrom} />
          <TextField {...field('defaultCustomer')} autoComplete="off" />
        </>
      ) : null}
    </EntityForm>
  );
}
