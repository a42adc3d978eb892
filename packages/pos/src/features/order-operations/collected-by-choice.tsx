import { Button } from '@kassa/web-kit/components/button.tsx';
import fieldset from '@kassa/web-kit/components/fieldset.module.css';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import styles from './operations.module.css';

/** Who collects: the customer, one of the people the order names, or someone else by the name typed. */
export type CollectedBy =
  | { readonly kind: 'customer' }
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'typed'; readonly name: string };

export const THE_CUSTOMER: CollectedBy = { kind: 'customer' };

/**
 * What the pickup request says (PickUpRequest `collectedBy`): nothing for the customer (HQ records
 * `customer`), else the name; undefined while a typed name is still empty.
 */
export function collectedByOf(choice: CollectedBy): { collectedBy?: string } | undefined {
  if (choice.kind === 'customer') return {};
  const name = choice.name.trim();
  return name === '' ? undefined : { collectedBy: name };
}

/**
 * R-PCK-6: the associate records who collects the order. HQ accepts the customer or someone the order
 * names; a typed name is checked by HQ's preview and a refusal is shown at it (`error`).
 */
export function CollectedByChoice({
  customerName,
  collectors,
  value,
  onChange,
  error,
}: {
  customerName: string;
  collectors: readonly string[];
  value: CollectedBy;
  onChange: (value: CollectedBy) => void;
  /** Already in the associate's language. */
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const choices: { readonly label: string; readonly choice: CollectedBy; readonly chosen: boolean }[] = [
    {
      label: t('operations.pickUp.theCustomer', { name: customerName }),
      choice: THE_CUSTOMER,
      chosen: value.kind === 'customer',
    },
    ...collectors.map((name) => ({
      label: name,
      choice: { kind: 'named', name } as const,
      chosen: value.kind === 'named' && value.name === name,
    })),
    {
      label: t('operations.pickUp.someoneElse'),
      choice: { kind: 'typed', name: value.kind === 'typed' ? value.name : '' } as const,
      chosen: value.kind === 'typed',
    },
  ];
  return (
    <section className={styles.panel} aria-labelledby="collected-by-heading">
      <h2 id="collected-by-heading">{t('operations.pickUp.collectedBy')}</h2>
      <fieldset className={fieldset.fieldset} aria-labelledby="collected-by-heading">
        {choices.map(({ label, choice, chosen }) => (
          <Button
            key={`${choice.kind}:${'name' in choice ? choice.name : ''}`}
            variant={chosen ? 'primary' : 'secondary'}
            aria-pressed={chosen}
            onClick={() => onChange(choice)}
          >
            {label}
          </Button>
        ))}
      </fieldset>
      {value.kind === 'typed' ? (
        <div className={styles.row}>
          <TextField
            label={t('operations.pickUp.collectorName')}
            value={value.name}
            maxLength={200}
            autoComplete="off"
            onChange={(name) => onChange({ kind: 'typed', name })}
            error={
              error ?? (value.name.trim() === '' ? t('operations.pickUp.collectorNameMissing') : undefined)
            }
          />
        </div>
      ) : error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
