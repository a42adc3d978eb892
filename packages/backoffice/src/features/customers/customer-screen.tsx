import type { Customer } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { type EntitySave, useEntitySave } from '../../components/use-entity-save.ts';
import { useServices } from '../../services.tsx';
import {
  ADDRESS_FIELDS,
  type AddressForm,
  addressField,
  type CustomerForm,
  customerFields,
  customerForm,
  newAddress,
  readCustomer,
} from './customer-form.ts';
import { customerPage } from './customers-screen.tsx';

/** A new customer (no `number`) or the one HQ has under `number`, with their addresses. */
export function CustomerScreen({ number }: { number?: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const customer = useQuery<Customer, ApiError>({
    queryKey: ['customers', 'one', number ?? ''],
    enabled: number !== undefined,
    queryFn: () => api.get(`/customers/${encodeURIComponent(number ?? '')}`),
  });
  return (
    <MasterDataScreen
      heading={
        customer.data
          ? `${customer.data.number} ${customer.data.name}`
          : (number ?? t('masterData.customers.newHeading'))
      }
      back={{ href: '/customers', label: t('masterData.customers.heading') }}
      job="1010"
    >
      {number === undefined ? (
        <CustomerEditor saved={undefined} />
      ) : (
        <Loaded data={customer.data} error={customer.error}>
          {(saved) => <CustomerEditor saved={saved} />}
        </Loaded>
      )}
    </MasterDataScreen>
  );
}

function CustomerEditor({ saved }: { saved: Customer | undefined }) {
  const { t } = useTranslation();
  const save = useEntitySave({
    initial: () => customerForm(saved),
    read: readCustomer,
    label: (name) => t(`masterData.customers.fields.${name}`),
    path: (key) => `/customers/${encodeURIComponent(key)}`,
    keyOf: (value) => value.number,
    keyField: 'number',
    creating: saved === undefined,
    exists: (key, ask) => ask.found(`/customers/${encodeURIComponent(key)}`),
    stale: [['customers']],
    pageOf: customerPage,
  });
  const { form, setForm } = save;
  const changeAddresses = (addresses: readonly AddressForm[]) => {
    setForm((current) => ({ ...current, addresses }));
    save.changedAll();
  };
  return (
    <EntityForm
      heading={t('masterData.customers.form')}
      save={save}
      fields={customerFields(form)}
      job="1010"
      after={
        <section className={styles.subsection} aria-label={t('masterData.customers.addresses.heading')}>
          <h3>{t('masterData.customers.addresses.heading')}</h3>
          {form.addresses.length === 0 ? (
            <p className={styles.note}>{t('masterData.customers.addresses.none')}</p>
          ) : null}
          {form.addresses.map((address, index) => (
            <AddressFields
              // Positions are what HQ's refusals name; an address's id may be edited, so it is no key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              key={index}
              index={index}
              address={address}
              save={save}
              onChange={(changed, name) => {
                setForm((current) => ({
                  ...current,
                  addresses: current.addresses.map((a, i) => (i === index ? changed : a)),
                }));
                save.changed(addressField(index, name));
              }}
              onRemove={() => changeAddresses(form.addresses.filter((_, i) => i !== index))}
            />
          ))}
          <div>
            <Button
              variant="secondary"
              onClick={() => changeAddresses([...form.addresses, newAddress(form)])}
            >
              {t('masterData.customers.addresses.add')}
            </Button>
          </div>
        </section>
      }
    >
      <TextField {...save.field('number')} readOnly={saved !== undefined} autoComplete="off" />
      <TextField {...save.field('name')} />
      <TextField {...save.field('email')} type="email" />
      <TextField {...save.field('phone')} type="tel" />
    </EntityForm>
  );
}

function AddressFields({
  index,
  address,
  save,
  onChange,
  onRemove,
}: {
  index: number;
  address: AddressForm;
  save: EntitySave<CustomerForm>;
  onChange: (address: AddressForm, field: (typeof ADDRESS_FIELDS)[number]) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const label = t('masterData.customers.addresses.number', { n: index + 1 });
  return (
    <fieldset className={styles.subsection} aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      <div className={styles.toolbar}>
        {ADDRESS_FIELDS.map((name) => (
          <TextField
            key={name}
            label={t(`masterData.customers.addresses.fields.${name}`)}
            aria-label={`${label}: ${t(`masterData.customers.addresses.fields.${name}`)}`}
            value={address[name]}
            error={save.errorAt(addressField(index, name))}
            maxLength={name === 'country' ? 2 : undefined}
            onChange={(value) => onChange({ ...address, [name]: value }, name)}
          />
        ))}
      </div>
      <div>
        <Button variant="secondary" onClick={onRemove}>
          {t('masterData.customers.addresses.remove', { n: index + 1 })}
        </Button>
      </div>
    </fieldset>
  );
}
