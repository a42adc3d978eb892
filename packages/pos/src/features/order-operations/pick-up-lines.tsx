import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import type { LineToPickUp } from './lines-to-pick-up.ts';
import styles from './operations.module.css';

/** R-PCK-2: how many of each line the customer takes now, 0 up to what is ready here. */
export function PickUpLines({
  lines,
  quantities,
  onChange,
  errors,
}: {
  lines: readonly LineToPickUp[];
  quantities: Readonly<Record<string, string>>;
  onChange: (lineId: string, quantity: string) => void;
  /** Already translated, by line id. */
  errors: Readonly<Record<string, string | undefined>>;
}) {
  const { t } = useTranslation();
  return (
    <section className={styles.panel} aria-labelledby="pick-up-lines-heading">
      <h2 id="pick-up-lines-heading">{t('operations.pickUp.lines')}</h2>
      {lines.map((line) => (
        <div key={line.lineId} className={styles.row}>
          <TextField
            label={t('operations.pickUp.quantity', {
              product: `${line.productId} ${line.description}`,
              ready: line.ready,
            })}
            inputMode="numeric"
            value={quantities[line.lineId] ?? ''}
            onChange={(quantity) => onChange(line.lineId, quantity)}
            error={errors[line.lineId]}
          />
        </div>
      ))}
    </section>
  );
}
