import type { StoreOperationReply } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useTranslation } from 'react-i18next';
import styles from './operations.module.css';

/** A figure of HQ's money preview the associate reads before confirming (MoneyEffect's names). */
export type Figure = 'due' | 'depositApplied' | 'charge' | 'refund';

/**
 * HQ's preview of what the operation moves (issue 6: "every one of these shows the money preview before
 * the associate confirms"). A refusal of the preview that names no input of the screen shows here.
 */
export function OperationFigures({
  preview,
  figures,
  error,
}: {
  preview: StoreOperationReply | undefined;
  figures: readonly Figure[];
  error: ApiError | null | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  return (
    <section className={styles.panel} aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('operations.figures.heading')}</h2>
      {error ? <FormError>{errorText(error)}</FormError> : null}
      {preview ? (
        <dl className={styles.figures}>
          {figures.map((figure) => (
            <div key={figure}>
              <dt>{t(`operations.figures.${figure}`)}</dt>
              <dd>{format.money(preview.effect[figure])}</dd>
            </div>
          ))}
        </dl>
      ) : error ? null : (
        <p role="status">{t('operations.figures.working')}</p>
      )}
    </section>
  );
}
