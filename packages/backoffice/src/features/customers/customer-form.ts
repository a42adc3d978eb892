import type { Customer } from '@kassa/contracts';
import { formReader, type Read } from '../../components/form-values.ts';

export const ADDRESS_FIELDS = ['id', 'name', 'street', 'postalCode', 'city', 'country'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type AddressForm = Record<AddressField, string>;

export interface CustomerForm {
  readonly number: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly addresses: readonly AddressForm[];
}

/** HQ's names of a customer's fields, as its refusals name them (`addresses[1].city`). */
export function customerFields(form: CustomerForm): string[] {
  return [
    'number',
    'name',
    'email',
    'phone',
    ...form.addresses.flatMap((_, index) => ADDRESS_FIELDS.map((field) => addressField(index, field))),
  ];
}

export const addressField = (index: number, field: AddressField) => `addresses[${index}].${field}`;

export const customerForm = (customer?: Customer): CustomerForm => ({
  number: customer?.number ?? '',
  name: customer?.name ?? '',
  email: customer?.email ?? '',
  phone: customer?.phone ?? '',
  addresses: (customer?.addresses ?? []).map((address) => ({ ...address })),
});

/**
 * A new address: its id is the customer's number and a suffix not taken yet (`C-1001-2`), which the
 * user may change; ids are unique across all customers (HQ refuses one taken).
 */
export function newAddress(form: CustomerForm): AddressForm {
  const taken = new Set(form.addresses.map((address) => address.id));
  const base = form.number.trim() || 'address';
  let n = form.addresses.length + 1;
  while (taken.has(`${base}-${n}`)) n += 1;
  return { id: `${base}-${n}`, name: form.name.trim(), street: '', postalCode: '', city: '', country: 'NL' };
}

/** A customer with every address they have: the addresses sent replace the ones HQ held. */
export function readCustomer(form: CustomerForm): Read<Customer> {
  const read = formReader();
  return read.done({
    number: read.text('number', form.number, 64),
    name: read.text('name', form.name),
    email: read.optionalEmail('email', form.email),
    phone: read.optionalPhone('phone', form.phone),
    addresses: form.addresses.map((address, index) => ({
      id: read.text(addressField(index, 'id'), address.id, 64),
      name: read.text(addressField(index, 'name'), address.name),
      street: read.text(addressField(index, 'street'), address.street),
      postalCode: read.text(addressField(index, 'postalCode'), address.postalCode, 20),
      city: read.text(addressField(index, 'city'), address.city, 100),
      country: read.country(addressField(index, 'country'), address.country),
    })),
  });
}
