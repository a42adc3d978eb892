import { PERMISSIONS, type PermissionGroup } from '@kassa/contracts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { EntityForm } from '../../components/entity-form.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { GROUP_FIELDS, type GroupForm, groupForm, readGroup } from './permission-group-form.ts';
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
    <MasterDataScreen
      heading={name ?? t('masterData.groups.newHeading')}
      back={{ href: '/permission-groups', label: t('masterData.groups.heading') }}
      job="1060"
    >
      <Loaded data={groups.data} error={groups.error}>
        {() =>
          found === undefined ? (
            <FormError>{t('masterData.groups.notFound', { name })}</FormError>
          ) : (
            <GroupEditor saved={found ?? undefined} />
          )
        }
      </Loaded>
    </MasterDataScreen>
  );
}

function GroupEditor({ saved }: { saved: PermissionGroup | undefined }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<GroupForm>(() => groupForm(saved));
  const save = useEntitySave<PermissionGroup>({
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
      error={save.formError(GROUP_FIELDS)}
      pending={save.pending}
      saved={save.saved && t(`masterData.${save.saved}`, { job: '1060' })}
      onSubmit={() => save.submit(readGroup(form))}
      after={
        <CheckboxGroup
          label={t('masterData.groups.fields.permissions')}
          options={PERMISSIONS.map((permission) => ({
            value: permission,
            label: t(`masterData.permissions.${permission}`),
          }))}
          checked={form.permissions}
          error={save.errorAt('permissions')}
          onChange={(permissions) => {
            setForm((current) => ({ ...current, permissions }));
            save.changed('permissions');
          }}
        />
      }
    >
      <TextField
        label={t('masterData.groups.fields.name')}
        value={form.name}
        readOnly={saved !== undefined}
        autoComplete="off"
        error={save.errorAt('name')}
        onChange={(value) => {
          setForm((current) => ({ ...current, name: value }));
          save.changed('name');
        }}
      />
    </EntityForm>
  );
}
