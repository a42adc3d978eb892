import type { StockLevel } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityErrorText } from '../../components/entity-error-text.ts';
import { formReader } from '../../components/form-values.ts';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import page from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import { type LocationView, useLocations } from '../locations/use-locations.ts';

type StockPage = { stock: StockLevel[]; next: string | null };
const stockKey = (sku: string) => ['stock', sku];

/**
 * A product's stock at every store and warehouse (R-CRE-6): on hand, reserved for orders, available; and
 * a receipt or count that sets what is on hand. Stock is HQ's (stores ask it through RTS), so a new
 * quantity counts at once, without a distribution job; a receipt serves backordered lines first.
 */
export function StockPanel({ sku }: { sku: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const headingId = useId();
  const locations = useLocations();
  const stock = useQuery<StockLevel[], ApiError>({
    queryKey: stockKey(sku),
    queryFn: async () => {
      const levels: StockLevel[] = [];
      let after: string | null = null;
      do {
        const params = new URLSearchParams({ sku, limit: '100', ...(after ? { after } : {}) });
        const reply: StockPage = await api.get<StockPage>(`/stock?${params}`);
        levels.push(...reply.stock);
        after = reply.next;
      } while (after);
      return levels;
    },
  });
  const both =
    locations.data && stock.data ? { locations: locations.data.locations, stock: stock.data } : undefined;
  return (
    <section className={page.form} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('masterData.stock.heading')}</h2>
      <p className={styles.note}>{t('masterData.stock.note')}</p>
      <Loaded data={both} error={locations.error ?? stock.error}>
        {(loaded) => (
          <table className={styles.table} aria-label={t('masterData.stock.heading')}>
            <thead>
              <tr>
                <th scope="col">{t('masterData.stock.location')}</th>
                <th scope="col" className={styles.number}>
                  {t('masterData.stock.onHand')}
                </th>
                <th scope="col" className={styles.number}>
                  {t('masterData.stock.reserved')}
                </th>
                <th scope="col" className={styles.number}>
                  {t('masterData.stock.available')}
                </th>
                <th scope="col">{t('masterData.stock.set')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.locations.map((location) => (
                <StockRow
                  key={location.id}
                  sku={sku}
                  location={location}
                  level={loaded.stock.find((level) => level.locationId === location.id)}
                />
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}

function StockRow({
  sku,
  location,
  level,
}: {
  sku: string;
  location: LocationView;
  level: StockLevel | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const [onHand, setOnHand] = useState('');
  const [problem, setProblem] = useState(false);
  const set = useMutation<{ stock: StockLevel; reservations: unknown[] }, ApiError, number>({
    // A PUT of the quantity on hand: sending it twice sets it once.
    mutationFn: (quantity) =>
      api.put(`/stock/${encodeURIComponent(location.id)}/${encodeURIComponent(sku)}`, { onHand: quantity }),
    onSuccess: () => {
      setOnHand('');
      return queryClient.invalidateQueries({ queryKey: stockKey(sku) });
    },
  });
  const name = `${location.id} ${location.name}`;
  const error = problem
    ? t('masterData.problems.quantity')
    : set.error
      ? entityErrorText(t, i18n, set.error)
      : undefined;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td className={styles.number}>{level?.onHand ?? 0}</td>
      <td className={styles.number}>{level?.reserved ?? 0}</td>
      <td className={styles.number}>{level?.available ?? 0}</td>
      <td>
        <form
          className={styles.inline}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const read = formReader();
            const quantity = read.quantity('onHand', onHand);
            const done = read.done(quantity);
            setProblem(!done.ok);
            if (done.ok) set.mutate(done.value);
          }}
        >
          <TextField
            label={t('masterData.stock.newOnHand', { location: name })}
            value={onHand}
            inputMode="numeric"
            onChange={(value) => {
              setOnHand(value);
              setProblem(false);
              set.reset();
            }}
            error={error}
          />
          <Button
            type="submit"
            variant="secondary"
            disabled={set.isPending}
            aria-label={t('masterData.stock.setAt', { location: name })}
          >
            {t('masterData.stock.setButton')}
          </Button>
        </form>
        {set.isSuccess ? (
          <p role="status" className={styles.note}>
            {t('masterData.stock.saved', { location: location.id, count: set.data.reservations.length })}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
