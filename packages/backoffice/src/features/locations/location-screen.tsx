import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { ListedEntityScreen } from '../../components/listed-entity-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { CredentialForm } from './credential-form.tsx';
import { LOCATION_FIELDS, locationForm, readLocation } from './location-form.ts';
import { LOCATIONS, type Locations, type LocationView, locationPage, useLocations } from './use-locations.ts';

/** A new store or warehouse (no `id`) or the one HQ has under `id`, with a store's RTS credential. */
export function LocationScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const locations = useLocations();
  const found = id === undefined ? null : locations.data?.locations.find((l) => l.id === id);
  return (
    <ListedEntityScreen
      heading={found ? `${found.id} ${found.name}` : (id ?? t('masterData.locations.newHeading'))}
      back={{ href: '/locations', label: t('masterData.locations.heading') }}
      job="1070"
      data={locations.data}
      error={locations.error}
      found={found}
      notFound={t('masterData.locations.notFound', { id })}
    >
      {(saved, { locations: all }) => (
        <>
          <LocationEditor saved={saved} warehouses={all.filter((l) => l.kind === 'warehouse')} />
          {saved?.kind === 'store' ? <CredentialForm store={saved} /> : null}
        </>
      )}
    </ListedEntityScreen>
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
  const save = useEntitySave({
    initial: () => locationForm(saved),
    read: readLocation,
    label: (name) => t(`masterData.locations.fields.${name}`),
    path: (key) => `/locations/${encodeURIComponent(key)}`,
    keyOf: (value) => value.id,
    keyField: 'id',
    creating: saved === undefined,
    exists: async (key, ask) =>
      (await ask.list<Locations>(LOCATIONS, '/locations')).locations.some((l) => l.id === key),
    stale: [LOCATIONS],
    pageOf: locationPage,
  });
  const { form } = save;
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
    <EntityForm heading={t('masterData.locations.form')} save={save} fields={LOCATION_FIELDS} job="1070">
      <TextField {...save.field('id')} readOnly={saved !== undefined} autoComplete="off" />
      {saved === undefined ? (
        <SelectField
          {...save.field('kind')}
          options={(['store', 'warehouse'] as const).map((kind) => ({
            value: kind,
            label: t(`masterData.locations.kinds.${kind}`),
          }))}
        />
      ) : (
        // A location keeps its kind for life (HQ refuses a change): shown, not offered.
        <TextField {...save.field('kind')} value={t(`masterData.locations.kinds.${saved.kind}`)} readOnly />
      )}
      <TextField {...save.field('name')} />
      <TextField {...save.field('timeZone')} autoComplete="off" />
      <TextField {...save.field('address.name')} />
      <TextField {...save.field('address.street')} />
      <TextField {...save.field('address.postalCode')} />
      <TextField {...save.field('address.city')} />
      <TextField {...save.field('address.country')} maxLength={2} />
      {store ? (
        <>
          <SelectField {...save.field('shipsFrom')} options={shipsFrom} />
          <TextField {...save.field('defaultCustomer')} autoComplete="off" />
        </>
      ) : null}
    </EntityForm>
  );
}
