import type { Location, StagedTransactionPage } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { navigate, useLocation } from '@kassa/web-kit/navigation/router.ts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import page from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import styles from '../jobs/jobs.module.css';
import { STAGED_STATUSES, STAGED_TRANSACTIONS_KEY, stagedTransactionPath } from './staged-transaction.ts';

const PAGE_SIZE = 50;

/**
 * The staged store transactions (R-ASY-4), in the order Synchronize orders takes them (store, then the
 * store's sequence), filtered by status and store; the filters are in the address
 * (`/staged-transactions?status=failed&storeId=S01`), so Back and a bookmark keep them.
 */
export function StagedTransactionsScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const format = useFormat();
  const errorText = useErrorText();
  const { search } = useLocation();
  const status = STAGED_STATUSES.find((each) => each === search.get('status')) ?? '';
  const storeId = search.get('storeId') ?? '';
  const filter = (next: { status?: string; storeId?: string }) => {
    const query = new URLSearchParams(
      Object.entries({ status, storeId, ...next }).filter(([, value]) => value !== ''),
    );
    navigate(`/staged-transactions${query.size > 0 ? `?${query}` : ''}`, { replace: true });
  };
  const locations = useQuery<{ locations: Location[] }, ApiError>({
    queryKey: ['locations'],
    queryFn: () => api.get('/locations'),
  });
  const stores = locations.data?.locations.filter((location) => location.kind === 'store') ?? [];
  const list = useInfiniteQuery<StagedTransactionPage, ApiError>({
    queryKey: [...STAGED_TRANSACTIONS_KEY, 'list', status, storeId],
    initialPageParam: undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    queryFn: ({ pageParam }) =>
      api.get(
        `/staged-transactions?${new URLSearchParams({
          ...(status ? { status } : {}),
          ...(storeId ? { storeId } : {}),
          ...(typeof pageParam === 'string' ? { after: pageParam } : {}),
          limit: String(PAGE_SIZE),
        })}`,
      ),
  });
  const transactions = list.data?.pages.flatMap((each) => each.transactions) ?? [];
  const failed = list.error ?? locations.error;
  return (
    <main className={page.screen}>
      <h1>{t('staged.heading')}</h1>
      <p className={page.intro}>{t('staged.intro')}</p>
      <div className={styles.filters}>
        <SelectField
          label={t('staged.status')}
          value={status}
          onChange={(value) => filter({ status: value })}
          options={[
            { value: '', label: t('staged.everyStatus') },
            ...STAGED_STATUSES.map((each) => ({ value: each, label: t(`staged.statuses.${each}`) })),
          ]}
        />
        <SelectField
          label={t('staged.store')}
          value={storeId}
          onChange={(value) => filter({ storeId: value })}
          options={[
            { value: '', label: t('staged.everyStore') },
            ...(storeId && !stores.some((store) => store.id === storeId)
              ? [{ value: storeId, label: storeId }]
              : []),
            ...stores.map((store) => ({ value: store.id, label: `${store.id} ${store.name}` })),
          ]}
        />
      </div>
      {failed ? <FormError>{errorText(failed)}</FormError> : null}
      {list.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {list.data && transactions.length === 0 ? <p className={styles.empty}>{t('staged.none')}</p> : null}
      {transactions.length > 0 ? (
        <table className={styles.table} aria-label={t('staged.table')}>
          <thead>
            <tr>
              <th scope="col">{t('staged.store')}</th>
              <th scope="col">{t('staged.sequence')}</th>
              <th scope="col">{t('staged.kind')}</th>
              <th scope="col">{t('staged.confirmationNumber')}</th>
              <th scope="col">{t('staged.status')}</th>
              <th scope="col">{t('staged.reason')}</th>
              <th scope="col">{t('staged.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {transactions.map((transaction) => (
              <tr key={transaction.transactionId}>
                <td>{transaction.storeId}</td>
                <td>{transaction.sequence}</td>
                <td>{t(`staged.kinds.${transaction.kind}`)}</td>
                <td>
                  <AppLink href={stagedTransactionPath(transaction.transactionId)}>
                    {transaction.confirmationNumber}
                  </AppLink>
                </td>
                <td className={transaction.status === 'failed' ? styles.failed : undefined}>
                  {t(`staged.statuses.${transaction.status}`)}
                </td>
                <td>{transaction.reason ?? ''}</td>
                <td>{format.instant(transaction.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.hasNextPage ? (
        <div>
          <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
            {list.isFetchingNextPage ? t('common.loading') : t('staged.more')}
          </Button>
        </div>
      ) : null}
    </main>
  );
}
