import type { Customer } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { navigate, useLocation } from '@kassa/web-kit/navigation/router.ts';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import { EntityTable } from '../../components/entity-table.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { SearchForm } from '../../components/search-form.tsx';
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
    <MasterDataScreen
      heading={t('masterData.customers.heading')}
      intro={t('masterData.customers.intro')}
      job="1010"
    >
      <div className={styles.toolbar}>
        <SearchForm
          key={search}
          label={t('masterData.customers.search')}
          initial={search}
          onSearch={(text) => navigate(text ? `/customers?search=${encodeURIComponent(text)}` : '/customers')}
        />
        <AppLink href="/customers/new" className={styles.buttonLink}>
          {t('masterData.customers.new')}
        </AppLink>
      </div>
      <Loaded data={customers.items} error={customers.error}>
        {(rows) => (
          <EntityTable
            label={t('masterData.customers.heading')}
            rows={rows}
            keyOf={(customer) => customer.number}
            hrefOf={(customer) => customerPage(customer.number)}
            empty={t('masterData.customers.empty')}
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
        )}
      </Loaded>
      {customers.hasMore ? (
        <Button variant="secondary" disabled={customers.loadingMore} onClick={customers.more}>
          {t('masterData.more')}
        </Button>
      ) : null}
    </MasterDataScreen>
  );
}
