import type { Customer } from '@kassa/contracts';
import { useLocation } from '@kassa/web-kit/navigation/router.ts';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/list-search.tsx';
import { MasterDataList } from '../../components/master-data-list.tsx';
import { usePagedSearch } from '../../components/use-paged-search.ts';

export const customerPage = (number: string) => `/customers/${encodeURIComponent(number)}/edit`;

/**
 * The customers, found by number, name, e-mail or phone a page at a time (`/customers?search=anna`).
 * They reach the stores with job 1010.
 */
export function CustomersScreen() {
  const { t } = useTranslation();
  const search = useLocation().search.get('search') ?? '';
  const customers = usePagedSearch<'customers', Customer>('/customers', 'customers', search);
  return (
    <MasterDataList
      texts={t('masterData.customers', { returnObjects: true })}
      job="1010"
      newHref="/customers/new"
      search={<ListSearch path="/customers" search={search} label={t('masterData.customers.search')} />}
      more={customers}
      rows={customers.items}
      error={customers.error}
      keyOf={(customer) => customer.number}
      hrefOf={(customer) => customerPage(customer.number)}
      columns={[
        { header: t('masterData.customers.fields.number'), cell: (customer) => customer.number },
        { header: t('masterData.customers.fields.name'), cell: (customer) => customer.name },
        { header: t('masterData.customers.fields.email'), cell: (customer) => customer.email ?? '' },
        { header: t('masterData.customers.fields.phone'), cell: (customer) => customer.phone ?? '' },
        {
          header: t('masterData.customers.addresses.heading'),
          cell: (customer) => customer.addresses.map((address) => address.city).join(', '),
        },
      ]}
    />
  );
}
