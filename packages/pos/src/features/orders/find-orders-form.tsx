import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_FIELDS,
  isSearching,
  type OrderSearch,
  PRESETS,
  type Preset,
  SEARCH_FIELDS,
  type SearchField,
} from './order-search.ts';
import styles from './orders.module.css';

const DATE_FIELDS: readonly SearchField[] = ['createdFrom', 'createdTo', 'deliveryFrom', 'deliveryTo'];
/** As long as the API takes (FindOrdersQuery), so what is typed is never refused for its length. */
const maxLengthOf = (field: SearchField) => (field === 'customer' ? 200 : 64);

/**
 * What to find an order by (R-FND-1): its numbers, the customer, dates, or a preset. A preset searches
 * at once, with whatever else was typed; the server's refusal of an entry is shown at that entry, and
 * everything typed stays.
 */
export function FindOrdersForm({
  initial,
  error,
  onSearch,
}: {
  /** The search in the address: the form starts from it, so Back shows what was searched. */
  initial: OrderSearch;
  error: ApiError | null;
  onSearch: (search: OrderSearch) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [fields, setFields] = useState(initial.fields);
  const [preset, setPreset] = useState(initial.preset);
  const [nothingAsked, setNothingAsked] = useState(false);
  const errorField = SEARCH_FIELDS.find((field) => field === error?.field);

  const search = (chosen: Preset | undefined) => {
    const next: OrderSearch = { fields, preset: chosen, after: undefined };
    setNothingAsked(!isSearching(next));
    if (isSearching(next)) onSearch(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search(preset);
  };
  const choose = (chosen: Preset) => {
    const next = preset === chosen ? undefined : chosen;
    setPreset(next);
    setNothingAsked(false);
    // A preset chosen again is let go: with nothing else asked, Find an order is empty again.
    onSearch({ fields, preset: next, after: undefined });
  };
  const clear = () => {
    setFields(EMPTY_FIELDS);
    setPreset(undefined);
    setNothingAsked(false);
    onSearch({ fields: EMPTY_FIELDS, preset: undefined, after: undefined });
  };

  return (
    <form className={styles.searchForm} onSubmit={submit} noValidate aria-label={t('orders.find.formLabel')}>
      <fieldset className={styles.presets}>
        <legend>{t('orders.find.presets')}</legend>
        {PRESETS.map((choice) => (
          <Button
            key={choice}
            variant="secondary"
            aria-pressed={preset === choice}
            onClick={() => choose(choice)}
          >
            {t(`orders.preset.${choice}`)}
          </Button>
        ))}
      </fieldset>
      {nothingAsked ? <FormError>{t('orders.find.nothingAsked')}</FormError> : null}
      {error && !errorField ? <FormError>{errorText(error)}</FormError> : null}
      <div className={styles.fields}>
        {SEARCH_FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`orders.field.${field}`)}
            value={fields[field]}
            onChange={(value) => setFields((current) => ({ ...current, [field]: value }))}
            error={errorField === field && error ? errorText(error) : undefined}
            type={DATE_FIELDS.includes(field) ? 'date' : 'search'}
            maxLength={maxLengthOf(field)}
            autoComplete="off"
            spellCheck={false}
          />
        ))}
      </div>
      <div className={styles.formActions}>
        <Button type="submit">{t('orders.find.search')}</Button>
        <Button variant="secondary" onClick={clear}>
          {t('orders.find.clear')}
        </Button>
      </div>
    </form>
  );
}
