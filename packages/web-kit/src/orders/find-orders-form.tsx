import { type FormEvent, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { Button } from '../components/button.tsx';
import fieldset from '../components/fieldset.module.css';
import { FormError } from '../components/form-error.tsx';
import { SelectField } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { useErrorText } from '../i18n/use-error-text.ts';
import {
  type ChoiceField,
  EMPTY_FIELDS,
  isChoiceField,
  isSearching,
  ORDER_STATUSES,
  type OrderSearch,
  PRESETS,
  type Preset,
  SEARCH_FIELDS,
  type SearchField,
} from './order-search.ts';
import styles from './orders.module.css';
import { type OrdersText, useOrdersText } from './orders-text.ts';

const DATE_FIELDS: readonly SearchField[] = ['createdFrom', 'createdTo', 'deliveryFrom', 'deliveryTo'];
/** As long as the API takes (FindOrdersQuery), so what is typed is never refused for its length. */
const maxLengthOf = (field: SearchField) => (field === 'customer' ? 200 : 64);

/**
 * Whom the presets are about: a store's POS finds what is to pick up *here*; head office, asking about
 * every location, what is to pick up anywhere.
 */
export type FindOrdersScope = 'store' | 'company';

/** A store orders can be found by: the app lists them (the POS its pickup stores, the back office HQ's). */
export interface StoreChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * The options of a choice, "any" first. A store in the address the list does not (yet) hold is offered by
 * its id, so the select shows what is searched while the stores load.
 */
function optionsOf(field: ChoiceField, value: string, stores: readonly StoreChoice[], t: OrdersText) {
  if (field === 'status') {
    return [
      { value: '', label: t('find.anyStatus') },
      ...ORDER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
    ];
  }
  const listed = stores.some((store) => store.id === value);
  return [
    { value: '', label: t('find.anyStore') },
    ...stores.map((store) => ({ value: store.id, label: `${store.id} ${store.name}` })),
    ...(value === '' || listed ? [] : [{ value, label: value }]),
  ];
}

/**
 * What to find an order by (R-FND-1): its numbers, the customer, the store that took it, its status,
 * dates, or a preset. A preset searches at once, with whatever else was typed or chosen; the server's
 * refusal of an entry is shown at that entry, and everything typed stays.
 */
export function FindOrdersForm({
  initial,
  error,
  onSearch,
  scope = 'store',
  stores = [],
}: {
  /** The search in the address: the form starts from it, so Back shows what was searched. */
  initial: OrderSearch;
  error: ApiError | null;
  onSearch: (search: OrderSearch) => void;
  scope?: FindOrdersScope | undefined;
  /** The stores to choose from; none while they load (the store in the address is still shown). */
  stores?: readonly StoreChoice[] | undefined;
}) {
  const t = useOrdersText();
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
    <form className={styles.searchForm} onSubmit={submit} noValidate aria-label={t('find.formLabel')}>
      <fieldset className={fieldset.fieldset}>
        <legend>{t('find.presets')}</legend>
        {PRESETS.map((choice) => (
          <Button
            key={choice}
            variant="secondary"
            aria-pressed={preset === choice}
            onClick={() => choose(choice)}
          >
            {t(scope === 'store' ? `preset.${choice}` : `presetCompany.${choice}`)}
          </Button>
        ))}
      </fieldset>
      {nothingAsked ? <FormError>{t('find.nothingAsked')}</FormError> : null}
      {error && !errorField ? <FormError>{errorText(error)}</FormError> : null}
      <div className={styles.fields}>
        {SEARCH_FIELDS.map((field) => {
          const entry = {
            label: t(`field.${field}`),
            value: fields[field],
            onChange: (value: string) => setFields((current) => ({ ...current, [field]: value })),
            error: errorField === field && error ? errorText(error) : undefined,
          };
          return isChoiceField(field) ? (
            <SelectField key={field} {...entry} options={optionsOf(field, fields[field], stores, t)} />
          ) : (
            <TextField
              key={field}
              {...entry}
              type={DATE_FIELDS.includes(field) ? 'date' : 'search'}
              maxLength={maxLengthOf(field)}
              autoComplete="off"
              spellCheck={false}
            />
          );
        })}
      </div>
      <div className={styles.formActions}>
        <Button type="submit">{t('find.search')}</Button>
        <Button variant="secondary" onClick={clear}>
          {t('find.clear')}
        </Button>
      </div>
    </form>
  );
}
