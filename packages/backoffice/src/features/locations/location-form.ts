import type { Location } from '@kassa/contracts';
import { formReader, type Read } from '../../components/form-values.ts';

/** The fields as HQ names them in its refusals (`address.city`). */
export const LOCATION_FIELDS = [
  'id',
  'kind',
  'name',
  'address.name',
  'address.street',
  'address.postalCode',
  'address.city',
  'address.country',
  'timeZone',
  'shipsFrom',
  'defaultCustomer',
] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number];
export type LocationForm = Record<LocationField, string>;

export function locationForm(location?: Location, timeZone = 'Europe/Amsterdam'): LocationForm {
  return {
    id: location?.id ?? '',
    kind: location?.kind ?? 'store',
    name: location?.name ?? '',
    'address.name': location?.address.name ?? '',
    'address.street': location?.address.street ?? '',
    'address.postalCode': location?.address.postalCode ?? '',
    'address.city': location?.address.city ?? '',
    'address.country': location?.address.country ?? 'NL',
    timeZone: location?.timeZone ?? timeZone,
    shipsFrom: location?.shipsFrom ?? '',
    defaultCustomer: location?.defaultCustomer ?? '',
  };
}

/**
 * A store or a warehouse. Only a store has a warehouse that ships for it (R-CRE-6) and a default
 * customer for walk-in sales: for a warehouse both are left out whatever the form held.
 */
export function readLocation(form: LocationForm): Read<Location> {
  const read = formReader();
  const kind = form.kind === 'warehouse' ? 'warehouse' : 'store';
  const store = kind === 'store';
  return read.done({
    id: read.text('id', form.id, 64),
    kind,
    name: read.text('name', form.name),
    address: {
      // The address's name is the one on a label: the location's own when none is typed.
      name: read.text('address.name', form['address.name'].trim() || form.name),
      street: read.text('address.street', form['address.street']),
      postalCode: read.text('address.postalCode', form['address.postalCode'], 20),
      city: read.text('address.city', form['address.city'], 100),
      country: read.country('address.country', form['address.country']),
    },
    timeZone: read.timeZone('timeZone', form.timeZone),
    shipsFrom: store ? read.optionalText('shipsFrom', form.shipsFrom, 64) : null,
    defaultCustomer: store ? read.optionalText('defaultCustomer', form.defaultCustomer, 64) : null,
  });
}
