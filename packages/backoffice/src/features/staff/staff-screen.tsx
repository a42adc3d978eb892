import type { Staff } from '@kassa/contracts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { EntityForm } from '../../components/entity-form.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { usePermissionGroups } from '../permission-groups/use-permission-groups.ts';
import { readStaff, STAFF_FIELDS, type StaffForm, type StaffSave, staffForm } from './staff-form.ts';
import { STAFF, type StaffList, staffPage, useStaff } from './use-staff.ts';

/** A new staff member (no `id`) or the one HQ has under `id`: name, groups, a password. */
export function StaffScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const staff = useStaff();
  const groups = usePermissionGroups();
  const found = id === undefined ? null : staff.data?.staff.find((member) => member.id === id);
  const loaded = staff.data && groups.data ? { groups: groups.data.permissionGroups } : undefined;
  return (
    <MasterDataScreen
      heading={found ? `${found.id} ${found.name}` : (id ?? t('masterData.staff.newHeading'))}
      back={{ href: '/staff', label: t('masterData.staff.heading') }}
      job="1060"
    >
      <Loaded data={loaded} error={staff.error ?? groups.error}>
        {({ groups: all }) =>
          found === undefined ? (
            <FormError>{t('masterData.staff.notFound', { id })}</FormError>
          ) : (
            <StaffEditor saved={found ?? undefined} groups={all.map((group) => group.name)} />
          )
        }
      </Loaded>
    </MasterDataScreen>
  );
}

function StaffEditor({ saved, groups }: { saved: Staff | undefined; groups: readonly string[] }) {
  const { t } = useTranslation();
  const creating = saved === undefined;
  const [form, setForm] = useState<StaffForm>(() => staffForm(saved));
  const save = useEntitySave<StaffSave>({
    path: (key) => `/staff/${encodeURIComponent(key)}`,
    keyOf: (value) => value.id,
    keyField: 'id',
    creating,
    exists: async (key, ask) => (await ask.list<StaffList>(STAFF, '/staff')).staff.some((m) => m.id === key),
    stale: [STAFF],
    pageOf: staffPage,
    onSaved: () => setForm((current) => ({ ...current, password: '' })),
  });
  const text = (name: 'id' | 'name' | 'password') => ({
    value: form[name],
    error: save.errorAt(name),
    onChange: (value: string) => {
      setForm((current) => ({ ...current, [name]: value }));
      save.changed(name);
    },
  });
  // A group HQ lists for the member that is no longer a group stays visible, to be unticked.
  const options = [...groups, ...form.groups.filter((group) => !groups.includes(group))];
  const groupError =
    save.errorAt('groups') ?? form.groups.map((_, i) => save.errorAt(`groups[${i}]`)).find(Boolean);
  return (
    <EntityForm
      heading={t('masterData.staff.form')}
      error={save.formError([...STAFF_FIELDS, ...form.groups.map((_, i) => `groups[${i}]`)])}
      pending={save.pending}
      saved={save.saved && t(`masterData.staff.${save.saved}`)}
      onSubmit={() => save.submit(readStaff(form, creating))}
      after={
        <CheckboxGroup
          label={t('masterData.staff.fields.groups')}
          options={options.map((group) => ({ value: group, label: group }))}
          checked={form.groups}
          error={groupError}
          onChange={(checked) => {
            setForm((current) => ({ ...current, groups: checked }));
            save.changedAll();
          }}
        />
      }
    >
      <TextField
        label={t('masterData.staff.fields.id')}
        {...text('id')}
        readOnly={!creating}
        autoComplete="off"
      />
      <TextField label={t('masterData.staff.fields.name')} {...text('name')} />
      <TextField
        label={t(creating ? 'masterData.staff.fields.password' : 'masterData.staff.fields.newPassword')}
        {...text('password')}
        type="password"
        autoComplete="new-password"
      />
    </EntityForm>
  );
}
