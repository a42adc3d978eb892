import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineToPickAndPack } from './lines-to-pick-and-pack.ts';
import styles from './pick-pack.module.css';
import type { MarkOperation, MarkRequest } from './use-mark-lines.ts';

/** A typed quantity: a whole number from 0 up to `most`, else undefined. */
export function quantityOf(text: string, most: number): number | undefined {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return undefined;
  const quantity = Number(text);
  return quantity <= most ? quantity : undefined;
}

const mostOf = (operation: MarkOperation, line: LineToPickAndPack) =>
  operation === 'pick' ? line.toPick : line.toPack;

/**
 * R-PCK-1: the units of each line to mark picked (or packed) now, all that can be to start with. A
 * refusal that names `lines[i]` is about the i-th line sent and is shown at its input; a conflict (the
 * order changed since it was read: another associate picked meanwhile) says so above the button.
 */
export function MarkLinesForm({
  operation,
  version,
  lines,
  pending,
  error,
  onChange,
  onMark,
}: {
  operation: MarkOperation;
  version: number;
  lines: readonly LineToPickAndPack[];
  pending: boolean;
  error: ApiError | null;
  /** A quantity was retyped: the refusal of what was sent no longer stands. */
  onChange: () => void;
  onMark: (request: MarkRequest) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const candidates = lines.filter((line) => mostOf(operation, line) > 0);
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(candidates.map((line) => [line.lineId, String(mostOf(operation, line))])),
  );
  const parsed = candidates.map((line) => ({
    line,
    quantity: quantityOf(quantities[line.lineId] ?? '', mostOf(operation, line)),
  }));
  const invalid = parsed.filter((entry) => entry.quantity === undefined).map((entry) => entry.line.lineId);
  const sent = parsed.flatMap(({ line, quantity }) => (quantity ? [{ lineId: line.lineId, quantity }] : []));

  const lineOfError = /^lines\[(\d+)\]/.exec(error?.field ?? '')?.[1];
  const lineWithError = lineOfError === undefined ? undefined : sent[Number(lineOfError)]?.lineId;
  const lineErrors: Record<string, string | undefined> = Object.fromEntries([
    ...invalid.map((lineId) => [lineId, t(`pickPack.${operation}.quantityInvalid`)]),
    ...(error && lineWithError && !invalid.includes(lineWithError)
      ? [[lineWithError, errorText(error)]]
      : []),
  ]);
  const formError =
    error && lineWithError === undefined
      ? error.code === 'VERSION_CONFLICT'
        ? t('pickPack.conflict')
        : errorText(error)
      : undefined;
  const headingId = `${operation}-heading`;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`pickPack.${operation}.heading`)}</h2>
      {candidates.length === 0 ? (
        <p className={styles.empty}>{t(`pickPack.${operation}.nothing`)}</p>
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (invalid.length === 0 && sent.length > 0) onMark({ version, lines: sent });
          }}
        >
          {candidates.map((line) => (
            <TextField
              key={line.lineId}
              label={t(`pickPack.${operation}.quantity`, {
                product: `${line.productId} ${line.description}`,
                most: mostOf(operation, line),
              })}
              inputMode="numeric"
              value={quantities[line.lineId] ?? ''}
              onChange={(quantity) => {
                onChange();
                setQuantities((before) => ({ ...before, [line.lineId]: quantity }));
              }}
              error={lineErrors[line.lineId]}
            />
          ))}
          {sent.length === 0 && invalid.length === 0 ? (
            <p className={styles.hint}>{t('pickPack.nothingChosen')}</p>
          ) : null}
          {formError ? <FormError>{formError}</FormError> : null}
          <div className={styles.actions}>
            <Button type="submit" disabled={pending || invalid.length > 0 || sent.length === 0}>
              {pending ? t('operations.working') : t(`pickPack.${operation}.confirm`)}
            </Button>
          </div>
        </form>
      )}
      {candidates.length === 0 && formError ? <FormError>{formError}</FormError> : null}
    </section>
  );
}
