import type { ReactNode } from 'react';
import { ChargeCodeScreen } from '../features/charge-codes/charge-code-screen.tsx';
import { ChargeCodesScreen } from '../features/charge-codes/charge-codes-screen.tsx';
import { CustomerScreen } from '../features/customers/customer-screen.tsx';
import { CustomersScreen } from '../features/customers/customers-screen.tsx';
import { LocationScreen } from '../features/locations/location-screen.tsx';
import { LocationsScreen } from '../features/locations/locations-screen.tsx';
import { ModeOfDeliveryScreen } from '../features/modes-of-delivery/mode-of-delivery-screen.tsx';
import { ModesOfDeliveryScreen } from '../features/modes-of-delivery/modes-of-delivery-screen.tsx';
import { PermissionGroupScreen } from '../features/permission-groups/permission-group-screen.tsx';
import { PermissionGroupsScreen } from '../features/permission-groups/permission-groups-screen.tsx';
import { ProductScreen } from '../features/products/product-screen.tsx';
import { ProductsScreen } from '../features/products/products-screen.tsx';
import { StaffListScreen } from '../features/staff/staff-list-screen.tsx';
import { StaffScreen } from '../features/staff/staff-screen.tsx';
import type { Route, Section } from './sections.tsx';

/**
 * A master-data section's three addresses: the list, a new one, and one to edit (`/products/TENT-2P/edit`:
 * a key may be any code, `new` too, so editing has a segment of its own). Each edit screen is keyed by
 * its entity, so going from one to the next starts a fresh form.
 */
function listNewEdit(
  base: string,
  list: () => ReactNode,
  entity: (key: string | undefined) => ReactNode,
): [Route, ...Route[]] {
  return [
    { path: base, screen: list },
    { path: `${base}/new`, screen: () => entity(undefined) },
    { path: `${base}/:key/edit`, screen: ({ key = '' }) => entity(key) },
  ];
}

/** The master data HQ owns (SPEC §1, issue 7), in the order a new company sets it up. */
export const MASTER_DATA_SECTIONS: readonly Section[] = [
  {
    routes: listNewEdit(
      '/locations',
      () => <LocationsScreen />,
      (id) => <LocationScreen key={id ?? ''} {...(id === undefined ? {} : { id })} />,
    ),
    label: (t) => t('sections.locations.label'),
    summary: (t) => t('sections.locations.summary'),
  },
  {
    routes: listNewEdit(
      '/modes-of-delivery',
      () => <ModesOfDeliveryScreen />,
      (code) => <ModeOfDeliveryScreen key={code ?? ''} {...(code === undefined ? {} : { code })} />,
    ),
    label: (t) => t('sections.modesOfDelivery.label'),
    summary: (t) => t('sections.modesOfDelivery.summary'),
  },
  {
    routes: listNewEdit(
      '/charge-codes',
      () => <ChargeCodesScreen />,
      (code) => <ChargeCodeScreen key={code ?? ''} {...(code === undefined ? {} : { code })} />,
    ),
    label: (t) => t('sections.chargeCodes.label'),
    summary: (t) => t('sections.chargeCodes.summary'),
  },
  {
    routes: listNewEdit(
      '/products',
      () => <ProductsScreen />,
      (sku) => <ProductScreen key={sku ?? ''} {...(sku === undefined ? {} : { sku })} />,
    ),
    label: (t) => t('sections.products.label'),
    summary: (t) => t('sections.products.summary'),
  },
  {
    routes: listNewEdit(
      '/customers',
      () => <CustomersScreen />,
      (number) => <CustomerScreen key={number ?? ''} {...(number === undefined ? {} : { number })} />,
    ),
    label: (t) => t('sections.customers.label'),
    summary: (t) => t('sections.customers.summary'),
  },
  {
    routes: listNewEdit(
      '/staff',
      () => <StaffListScreen />,
      (id) => <StaffScreen key={id ?? ''} {...(id === undefined ? {} : { id })} />,
    ),
    label: (t) => t('sections.staff.label'),
    summary: (t) => t('sections.staff.summary'),
  },
  {
    routes: listNewEdit(
      '/permission-groups',
      () => <PermissionGroupsScreen />,
      (name) => <PermissionGroupScreen key={name ?? ''} {...(name === undefined ? {} : { name })} />,
    ),
    label: (t) => t('sections.permissionGroups.label'),
    summary: (t) => t('sections.permissionGroups.summary'),
  },
];
