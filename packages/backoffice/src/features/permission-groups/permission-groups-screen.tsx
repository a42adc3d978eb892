import { useTranslation } from 'react-i18next';
import { MasterDataList } from '../../components/master-data-list.tsx';
import { groupPage, usePermissionGroups } from './use-permission-groups.ts';

/** The permission groups and what each grants (R-SEC-1); they reach the stores with job 1060. */
export function PermissionGroupsScreen() {
  const { t } = useTranslation();
  const groups = usePermissionGroups();
  return (
    <MasterDataList
      texts={t('masterData.groups', { returnObjects: true })}
      job="1060"
      newHref="/permission-groups/new"
      rows={groups.data?.permissionGroups}
      error={groups.error}
      keyOf={(group) => group.name}
      hrefOf={(group) => groupPage(group.name)}
      columns={[
        { header: t('masterData.groups.fields.name'), cell: (group) => group.name },
        {
          header: t('masterData.groups.fields.permissions'),
          cell: (group) => group.permissions.map((p) => t(`masterData.permissions.${p}`)).join(', '),
        },
      ]}
    />
  );
}
