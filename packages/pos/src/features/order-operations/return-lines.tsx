import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import styles from './operations.module.css';
import type { ReturnableLine } from './returnable-lines.ts';

/** R-RET-1: how many of each line of the invoice come back, 0 up to what is still returnable. */
export function ReturnLines({
  lines,
  quantities,
  onChange,
  errors,
}: {
  lines: readonly ReturnableLine[];
  quantities: Readonly<Record<string, string>>;
  onChange: (lineId: string, quantity: string) => void;
  /** Already translated, by line id. */
  errors: Readonly<Record<string, string | undefined>>;
}) {
  const { t } = useTranslation();
  return (
    <section className={styles.panel} aria-labelledby="return-lines-heading">
      <h2 id="return-lines-heading">{t('operations.return.lines')}</h2>
      {lines.map((line) => (
        <div key={line.lineId} className={styles.row}>
          <TextField
            label={t('operations.return.quantity', {
              product: `${line.productId} ${line.description}`,
              returnable: line.returnable,
            })}
            inputMode="numeric"
            placeholder="0"
            value={quantities[line.lineId] ?? ''}
            onChange={(quantity) => onChange(line.lineId, quantity)}
            error={errors[line.lineId]}
          />
        </div>
      ))}
    </section>
  );
}
