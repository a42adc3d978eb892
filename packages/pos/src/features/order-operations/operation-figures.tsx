import type { StoreOperationReply } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './operations.module.css';

/** A figure of HQ's money preview the associate reads before confirming (MoneyEffect's names). */
export type Figure = 'due' | 'depositApplied' | 'charge' | 'refund';

/** Any figure of HQ's money effect under a label of the screen's own (an edit's new total, R-EDT-3). */
export interface LabelledFigure {
  readonly name: keyof StoreOperationReply['effect'];
  readonly label: string;
}

/**
 * HQ's preview of what the operation moves (issue 6: "every one of these shows the money preview before
 * the associate confirms"). A refusal of the preview that names no input of the screen shows here.
 */
export function OperationFigures({
  preview,
  figures,
  error,
  children,
}: {
  preview: StoreOperationReply | undefined;
  figures: readonly (Figure | LabelledFigure)[];
  error: ApiError | null | undefined;
  /** Rows the screen adds to the figures once they are there (a return: where the refund goes). */
  children?: ReactNode;
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
          {figures
            .map((figure) =>
              typeof figure === 'string'
                ? { name: figure, label: t(`operations.figures.${figure}`) }
                : figure,
            )
            .map(({ name, label }) => (
              <div key={name}>
                <dt>{label}</dt>
                <dd>{format.money(preview.effect[name])}</dd>
              </div>
            ))}
          {children}
        </dl>
      ) : error ? null : (
        <p role="status">{t('operations.figures.working')}</p>
      )}
    </section>
  );
}
