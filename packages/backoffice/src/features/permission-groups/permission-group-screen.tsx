import { PERMISSIONS, type PermissionGroup } from '@kassa/contracts';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { EntityForm } from '../../components/entity-form.tsx';
import { ListedEntityScreen } from '../../components/listed-entity-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { GROUP_FIELDS, groupForm, readGroup } from './permission-group-form.ts';
import {
  groupPage,
  PERMISSION_GROUPS,
  type PermissionGroups,
  usePermissionGroups,
} from './use-permission-groups.ts';

/** A new permission group (no `name`) or the one HQ has under `name`. */
export function PermissionGroupScreen({ name }: { name?: string }) {
  const { t } = useTranslation();
  const groups = usePermissionGroups();
  const found = name === undefined ? null : groups.data?.permissionGroups.find((g) => g.name === name);
  return (
    <ListedEntityScreen
      heading={name ?? t('masterData.groups.newHeading')}
      back={{ href: '/permission-groups', label: t('masterData.groups.heading') }}
      job="1060"
      data={groups.data}
      error={groups.error}
      found={found}
      notFound={t('masterData.groups.notFound', { name })}
    >
      {(saved) => <GroupEditor saved={saved} />}
    </ListedEntityScreen>
  );
}

function GroupEditor({ saved }: { saved: PermissionGroup | undefined }) {
  const { t } = useTranslation();
  const save = useEntitySave({
    initial: () => groupForm(saved),
    read: readGroup,
    label: () => t('masterData.groups.fields.name'),
    path: (key) => `/permission-groups/${encodeURIComponent(key)}`,
    keyOf: (value) => value.name,
    keyField: 'name',
    creating: saved === undefined,
    exists: async (key, ask) =>
      (await ask.list<PermissionGroups>(PERMISSION_GROUPS, '/permission-groups')).permissionGroups.some(
        (g) => g.name === key,
      ),
    stale: [PERMISSION_GROUPS],
    pageOf: groupPage,
  });
  return (
    <EntityForm
      heading={t('masterData.groups.form')}
      save={save}
      fields={GROUP_FIELDS}
      job="1060"
      after={
        <CheckboxGroup
          label={t('masterData.groups.fields.permissions')}
          options={PERMISSIONS.map((permission) => ({
            value: permission,
            label: t(`masterData.permissions.${permission}`),
          }))}
          checked={save.form.permissions}
          error={save.errorAt('permissions')}
          onChange={(permissions) => {
            save.setForm((current) => ({ ...current, permissions }));
            save.changed('permissions');
          }}
        />
      }
    >
      <TextField {...save.field('name')} readOnly={saved !== undefined} autoComplete="off" />
    </EntityForm>
  );
}
