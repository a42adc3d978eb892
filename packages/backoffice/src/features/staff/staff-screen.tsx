import type { Staff } from '@kassa/contracts';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { EntityForm } from '../../components/entity-form.tsx';
import { ListedEntityScreen } from '../../components/listed-entity-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { usePermissionGroups } from '../permission-groups/use-permission-groups.ts';
import { readStaff, STAFF_FIELDS, type StaffForm, staffForm } from './staff-form.ts';
import { STAFF, type StaffList, staffPage, useStaff } from './use-staff.ts';

/** A new staff member (no `id`) or the one HQ has under `id`: name, groups, a password. */
export function StaffScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const staff = useStaff();
  const groups = usePermissionGroups();
  const found = id === undefined ? null : staff.data?.staff.find((member) => member.id === id);
  const loaded = staff.data && groups.data ? { groups: groups.data.permissionGroups } : undefined;
  return (
    <ListedEntityScreen
      heading={found ? `${found.id} ${found.name}` : (id ?? t('masterData.staff.newHeading'))}
      back={{ href: '/staff', label: t('masterData.staff.heading') }}
      job="1060"
      data={loaded}
      error={staff.error ?? groups.error}
      found={found}
      notFound={t('masterData.staff.notFound', { id })}
    >
      {(saved, { groups: all }) => <StaffEditor saved={saved} groups={all.map((group) => group.name)} />}
    </ListedEntityScreen>
  );
}

function StaffEditor({ saved, groups }: { saved: Staff | undefined; groups: readonly string[] }) {
  const { t } = useTranslation();
  const creating = saved === undefined;
  const save = useEntitySave({
    initial: () => staffForm(saved),
    read: (form: StaffForm) => readStaff(form, creating),
    label: (name) =>
      t(
        name === 'password' && !creating
          ? 'masterData.staff.fields.newPassword'
          : `masterData.staff.fields.${name}`,
      ),
    path: (key) => `/staff/${encodeURIComponent(key)}`,
    keyOf: (value) => value.id,
    keyField: 'id',
    creating,
    exists: async (key, ask) => (await ask.list<StaffList>(STAFF, '/staff')).staff.some((m) => m.id === key),
    stale: [STAFF],
    pageOf: staffPage,
    afterSave: (form) => ({ ...form, password: '' }),
  });
  const { form } = save;
  // A group HQ lists for the member that is no longer a group stays visible, to be unticked.
  const options = [...groups, ...form.groups.filter((group) => !groups.includes(group))];
  const groupError =
    save.errorAt('groups') ?? form.groups.map((_, i) => save.errorAt(`groups[${i}]`)).find(Boolean);
  return (
    <EntityForm
      heading={t('masterData.staff.form')}
      save={save}
      fields={[...STAFF_FIELDS, ...form.groups.map((_, i) => `groups[${i}]`)]}
      job="1060"
      savedNote={(saved) => t(`masterData.staff.${saved}`)}
      after={
        <CheckboxGroup
          label={t('masterData.staff.fields.groups')}
          options={options.map((group) => ({ value: group, label: group }))}
          checked={form.groups}
          error={groupError}
          onChange={(checked) => {
            save.setForm((current) => ({ ...current, groups: checked }));
            save.changedAll();
          }}
        />
      }
    >
      <TextField {...save.field('id')} readOnly={!creating} autoComplete="off" />
      <TextField {...save.field('name')} />
      <TextField {...save.field('password')} type="password" autoComplete="new-password" />
    </EntityForm>
  );
}
