import type { DeliveryOptions } from '@kassa/contracts';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';

/** Where and when to pick up, as chosen so far. */
export interface PickupChoice {
  readonly storeId: string;
  readonly setStoreId: (storeId: string) => void;
  readonly date: string;
  readonly setDate: (date: string) => void;
}

/** A pickup choice starting at `preferred` (this store) when the options offer it, else the first store, today. */
export function usePickupChoice(options: DeliveryOptions, preferred?: string): PickupChoice {
  const [storeId, setStoreId] = useState(
    options.pickupStores.find((store) => store.id === preferred)?.id ?? options.pickupStores[0]?.id ?? '',
  );
  const [date, setDate] = useState(options.today);
  return { storeId, setStoreId, date, setDate };
}

/** Where and when to pick up (R-CRE-2): one of the stores the options offer, on a date not in the past. */
export function PickupFields({
  options,
  choice,
  labels,
  errors = {},
}: {
  options: DeliveryOptions;
  choice: PickupChoice;
  labels: { readonly store: string; readonly date: string };
  errors?: { readonly store?: string | undefined; readonly date?: string | undefined };
}) {
  return (
    <>
      <SelectField
        label={labels.store}
        value={choice.storeId}
        onChange={choice.setStoreId}
        options={options.pickupStores.map((store) => ({
          value: store.id,
          label: `${store.id} ${store.name}`,
        }))}
        error={errors.store}
      />
      <TextField
        label={labels.date}
        type="date"
        min={options.today}
        value={choice.date}
        onChange={choice.setDate}
        error={errors.date}
      />
    </>
  );
}
