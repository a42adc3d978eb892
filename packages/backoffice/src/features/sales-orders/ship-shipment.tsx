import type { RtsOperationReply } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import orderStyles from '@kassa/web-kit/orders/orders.module.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './sales-orders.module.css';
import { ShipmentFigures } from './shipment-figures.tsx';
import {
  type ChoiceProblems,
  initialChoices,
  type LineChoice,
  lineAtField,
  type ShipmentToShip,
  type ShipRequestBody,
  shipRequestOf,
} from './shipment-lines.ts';
import { useShip, useShipPreview } from './use-ship.ts';

/**
 * R-PCK-5: one shipment's open lines, shipped all or as chosen. HQ's dry run shows the invoice's money
 * (what the deposit covers, what the authorized card pays, what stays due) before it is confirmed; a
 * refusal shows at the line it names, else above the lines.
 */
export function ShipShipment({
  order,
  toShip,
  onShipped,
}: {
  order: OrderDetails;
  toShip: ShipmentToShip;
  onShipped: (reply: RtsOperationReply) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const [choices, setChoices] = useState(() => initialChoices(toShip));
  const [problems, setProblems] = useState<ChoiceProblems | undefined>();
  /** The request previewed; confirming sends exactly it. */
  const [asked, setAsked] = useState<ShipRequestBody | undefined>();
  const preview = useShipPreview(order.id);
  const ship = useShip(order.id, onShipped);
  const { shipment } = toShip;
  const error: ApiError | null = ship.error ?? preview.error;
  const errorLine = error && asked ? lineAtField(error.field, asked, toShip) : undefined;
  const headingId = `ship-${shipment.id}`;

  const review = (choice: 'all' | Record<string, LineChoice>) => {
    const built = shipRequestOf(order.version, toShip, choice);
    ship.reset();
    if ('problems' in built) {
      setProblems(built.problems);
      setAsked(undefined);
      preview.reset();
      return;
    }
    setProblems(undefined);
    setAsked(built.request);
    preview.mutate(built.request);
  };
  const change = (lineId: string, next: Partial<LineChoice>) => {
    setChoices((current) => ({ ...current, [lineId]: { ...(current[lineId] as LineChoice), ...next } }));
    // What was previewed is no longer what is chosen.
    setAsked(undefined);
    preview.reset();
    ship.reset();
  };
  const lineError = (lineId: string, open: number): string | undefined => {
    if (problems && 'quantities' in problems && problems.quantities[lineId] !== undefined)
      return t('salesOrders.ship.quantityProblem', { open });
    if (error && errorLine === lineId) return errorText(error);
    return undefined;
  };
  const effect = preview.data && asked ? preview.data.effect : undefined;
  const { address } = shipment;

  return (
    <section className={orderStyles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('salesOrders.ship.heading', { shipment: shipment.id })}</h2>
      <p className={styles.shipTo}>
        {t('salesOrders.ship.to', {
          address: `${address.name}, ${address.street}, ${address.postalCode} ${address.city}, ${address.country}`,
          mode: shipment.modeOfDelivery,
          date: format.date(shipment.requestedDate),
        })}
      </p>
      {problems && 'nothingChosen' in problems ? (
        <FormError>{t('salesOrders.ship.nothingChosen')}</FormError>
      ) : null}
      {error && !errorLine ? <FormError>{errorText(error)}</FormError> : null}
      <table className={orderStyles.table}>
        <thead>
          <tr>
            <th scope="col">{t('salesOrders.ship.ship')}</th>
            <th scope="col">{t('salesOrders.ship.product')}</th>
            <th scope="col" className={orderStyles.number}>
              {t('salesOrders.ship.open')}
            </th>
            <th scope="col" className={orderStyles.number}>
              {t('salesOrders.ship.reserved')}
            </th>
            <th scope="col">{t('salesOrders.ship.quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {toShip.lines.map((line) => {
            const choice = choices[line.lineId];
            return (
              <tr key={line.lineId}>
                <td>
                  <input
                    type="checkbox"
                    className={styles.check}
                    checked={choice?.chosen ?? false}
                    onChange={(event) => change(line.lineId, { chosen: event.target.checked })}
                    aria-label={t('salesOrders.ship.choose', { product: line.description })}
                  />
                </td>
                <td>
                  <strong>{line.description}</strong>
                  <br />
                  <span className={orderStyles.quiet}>{line.productId}</span>
                </td>
                <td className={orderStyles.number}>{line.open}</td>
                <td className={orderStyles.number}>{line.reserved}</td>
                <td className={styles.quantityCell}>
                  <TextField
                    label={t('salesOrders.ship.quantityOf', { product: line.description })}
                    value={choice?.quantity ?? ''}
                    onChange={(quantity) => change(line.lineId, { quantity })}
                    error={lineError(line.lineId, line.open)}
                    inputMode="numeric"
                    disabled={!choice?.chosen}
                    autoComplete="off"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.actions}>
        <Button onClick={() => review('all')} disabled={preview.isPending || ship.isPending}>
          {t('salesOrders.ship.all')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => review(choices)}
          disabled={preview.isPending || ship.isPending}
        >
          {t('salesOrders.ship.selected')}
        </Button>
      </div>
      {preview.isPending ? <p role="status">{t('salesOrders.ship.previewing')}</p> : null}
      {effect && asked ? (
        <section className={styles.preview} aria-labelledby={`${headingId}-preview`}>
          <h3 id={`${headingId}-preview`}>{t('salesOrders.ship.preview')}</h3>
          <p className={orderStyles.quiet}>{t('salesOrders.ship.previewIntro')}</p>
          <ShipmentFigures effect={effect} invoiced />
          <div className={styles.actions}>
            <Button onClick={() => ship.mutate(asked)} disabled={ship.isPending}>
              {ship.isPending ? t('salesOrders.ship.confirming') : t('salesOrders.ship.confirm')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setAsked(undefined);
                preview.reset();
                ship.reset();
              }}
              disabled={ship.isPending}
            >
              {t('salesOrders.ship.change')}
            </Button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
