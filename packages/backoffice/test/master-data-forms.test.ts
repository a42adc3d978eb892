import { describe, expect, it } from 'vitest';
import { readChargeCode } from '../src/features/charge-codes/charge-code-form.ts';
import { customerForm, newAddress, readCustomer } from '../src/features/customers/customer-form.ts';
import { locationForm, readLocation } from '../src/features/locations/location-form.ts';
import { readGroup } from '../src/features/permission-groups/permission-group-form.ts';
import { productForm, readProduct } from '../src/features/products/product-form.ts';
import { readStaff, staffForm } from '../src/features/staff/staff-form.ts';

describe('the master-data forms read what was typed as HQ takes it, or name each field that cannot be', () => {
  it('R-MON-1, R-MON-4: a product price in euros with a point or a comma becomes cents; the VAT rate a percentage', () => {
    const form = {
      ...productForm(),
      sku: ' LAMP-2 ',
      name: 'Lantern',
      price: '12,5',
      vatRate: '9',
      barcode: '',
    };
    expect(readProduct(form)).toEqual({
      ok: true,
      value: {
        sku: 'LAMP-2',
        barcode: null,
        name: 'Lantern',
        price: 1250,
        vatRate: 9,
        kind: 'merchandise',
        active: true,
      },
    });
  });

  it.each([
    ['price', '12.345', 'amount'],
    ['price', '-1', 'amount'],
    ['price', '', 'amount'],
    ['vatRate', '120', 'percent'],
    ['vatRate', '21.005', 'percent'],
    ['sku', '   ', 'required'],
    ['sku', 'X'.repeat(65), 'tooLong'],
    ['name', 'tab\there', 'printable'],
  ] as const)('a product with %s "%s" is refused at that field (%s)', (field, value, problem) => {
    const form = { ...productForm(), sku: 'LAMP-2', name: 'Lantern', price: '12.50', [field]: value };
    expect(readProduct(form)).toEqual({ ok: false, problems: { [field]: problem } });
  });

  it('a charge code with every field wrong names every field at once', () => {
    expect(readChargeCode({ code: '', description: '', vatRate: 'abc' })).toEqual({
      ok: false,
      problems: { code: 'required', description: 'required', vatRate: 'percent' },
    });
  });

  it("a customer's addresses are named by position, as HQ names them (addresses[1].city)", () => {
    const amsterdam = {
      id: 'C-2001-1',
      name: 'Eva',
      street: 'Dam 1',
      postalCode: '1012 JS',
      city: 'Amsterdam',
      country: 'nl',
    };
    const eindhoven = {
      id: 'C-2001-2',
      name: 'Eva',
      street: 'Markt 2',
      postalCode: '5611',
      city: ' ',
      country: 'NLD',
    };
    const form = {
      ...customerForm(),
      number: 'C-2001',
      name: 'Eva',
      email: 'eva@',
      addresses: [amsterdam, eindhoven],
    };
    expect(readCustomer(form)).toEqual({
      ok: false,
      problems: { email: 'email', 'addresses[1].city': 'required', 'addresses[1].country': 'country' },
    });
    const fixed = readCustomer({
      ...form,
      email: '',
      addresses: [amsterdam, { ...eindhoven, city: 'Eindhoven', country: 'NL' }],
    });
    expect(fixed.ok && fixed.value.addresses.map((address) => address.country)).toEqual(['NL', 'NL']);
    expect(fixed.ok && fixed.value.email).toBeNull();
  });

  it("a new address gets an id from the customer's number that no other address of the form has", () => {
    const form = { ...customerForm(), number: 'C-2001', name: 'Eva' };
    const first = newAddress(form);
    const second = newAddress({ ...form, addresses: [{ ...first, id: 'C-2001-2' }] });
    expect([first.id, second.id]).toEqual(['C-2001-1', 'C-2001-3']);
  });

  it('R-SEC-1: a new staff member needs a password of 8 or more, sent as typed; an existing one may keep theirs', () => {
    const form = { ...staffForm(), id: 'S01-new', name: 'Nina', groups: ['Cashier'] };
    expect(readStaff(form, true)).toEqual({ ok: false, problems: { password: 'password' } });
    expect(readStaff({ ...form, password: 'short' }, true)).toEqual({
      ok: false,
      problems: { password: 'password' },
    });
    expect(readStaff({ ...form, password: ' secret 1 ' }, true)).toEqual({
      ok: true,
      value: { id: 'S01-new', name: 'Nina', groups: ['Cashier'], password: ' secret 1 ' },
    });
    expect(readStaff(form, false)).toEqual({
      ok: true,
      value: { id: 'S01-new', name: 'Nina', groups: ['Cashier'] },
    });
  });

  it('R-SEC-1: a group grants its permissions in the order of the list, whatever order they were ticked in', () => {
    expect(readGroup({ name: 'Lead', permissions: ['cancel', 'backOffice', 'createOrder'] })).toEqual({
      ok: true,
      value: { name: 'Lead', permissions: ['createOrder', 'cancel', 'backOffice'] },
    });
  });

  it('R-CRE-6: a warehouse has no warehouse shipping for it nor a default customer; a store may', () => {
    const form = {
      ...locationForm(),
      id: 'DC2',
      name: 'Depot Zwolle',
      'address.street': 'Kade 1',
      'address.postalCode': '8000 AA',
      'address.city': 'Zwolle',
      shipsFrom: 'DC1',
      defaultCustomer: 'C-0000',
    };
    const warehouse = readLocation({ ...form, kind: 'warehouse' });
    expect(warehouse.ok && [warehouse.value.shipsFrom, warehouse.value.defaultCustomer]).toEqual([
      null,
      null,
    ]);
    const store = readLocation(form);
    expect(
      store.ok && [store.value.shipsFrom, store.value.defaultCustomer, store.value.address.name],
    ).toEqual(['DC1', 'C-0000', 'Depot Zwolle']);
    expect(readLocation({ ...form, timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      problems: { timeZone: 'timeZone' },
    });
  });
});
