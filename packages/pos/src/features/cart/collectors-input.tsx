import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './panel.module.css';

/** As many people as an order may name besides the customer (CartChange `setCollectors`). */
export const MOST_COLLECTORS = 10;

/**
 * R-PCK-6: the people besides the customer who may collect the order, each removable, and a name to add.
 * Every change hands the whole new list to `onChange`; a name that is empty, already there or one too
 * many is refused at the name's input before anything is sent, as is what the store refused (`error`).
 */
export function CollectorsInput({
  collectors,
  pending,
  error,
  onChange,
}: {
  collectors: readonly string[];
  pending: boolean;
  /** The store's refusal of the last change, already in the associate's language. */
  error: string | undefined;
  onChange: (collectors: string[], done: () => void) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [refused, setRefused] = useState<string | undefined>();
  const add = () => {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    const problem =
      trimmed === ''
        ? t('cart.collectors.empty')
        : collectors.some((known) => known.toLocaleLowerCase() === trimmed.toLocaleLowerCase())
          ? t('cart.collectors.duplicate', { name: trimmed })
          : collectors.length >= MOST_COLLECTORS
            ? t('cart.collectors.tooMany', { most: MOST_COLLECTORS })
            : undefined;
    setRefused(problem);
    if (!problem) onChange([...collectors, trimmed], () => setName(''));
  };
  return (
    <>
      <p className={styles.quiet}>{t('cart.collectors.hint')}</p>
      {collectors.length === 0 ? (
        <p>{t('cart.collectors.none')}</p>
      ) : (
        <ul className={styles.results} aria-label={t('cart.collectors.list')}>
          {collectors.map((collector) => (
            <li key={collector} className={styles.collector}>
              <span>{collector}</span>
              <Button
                variant="secondary"
                disabled={pending}
                aria-label={t('cart.collectors.remove', { name: collector })}
                onClick={() =>
                  onChange(
                    collectors.filter((known) => known !== collector),
                    () => undefined,
                  )
                }
              >
                {t('cart.collectors.removeButton')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <TextField
          label={t('cart.collectors.name')}
          value={name}
          autoComplete="off"
          maxLength={200}
          onChange={(value) => {
            setRefused(undefined);
            setName(value);
          }}
          error={refused ?? error}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('cart.collectors.add')}
        </Button>
      </form>
    </>
  );
}
