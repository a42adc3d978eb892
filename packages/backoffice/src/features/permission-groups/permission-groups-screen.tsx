import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import { EntityTable } from '../../components/entity-table.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { groupPage, usePermissionGroups } from './use-permission-groups.ts';

/** The permission groups and what each grants (R-SEC-1); they reach the stores with job 1060. */
export function PermissionGroupsScreen() {
  const { t } = useTranslation();
  const groups = usePermissionGroups();
  return (
    <MasterDataScreen
      heading={t('masterData.groups.heading')}
      intro={t('masterData.groups.intro')}
      job="1060"
    >
      <div className={styles.toolbar}>
        <AppLink href="/permission-groups/new" className={styles.buttonLink}>
          {t('masterData.groups.new')}
        </AppLink>
      </div>
      <Loaded data={groups.data?.permissionGroups} error={groups.error}>
        {(rows) => (
          <EntityTable
            label={t('masterData.groups.heading')}
            rows={rows}
            keyOf={(group) => group.name}
            hrefOf={(group) => groupPage(group.name)}
            empty={t('masterData.groups.empty')}
            columns={[
              { header: t('masterData.groups.fields.name'), cell: (group) => group.name },
              {
                header: t('masterData.groups.fields.permissions'),
                cell: (group) => group.permissions.map((p) => t(`masterData.permissions.${p}`)).join(', '),
              },
            ]}
          />
        )}
      </Loaded>
    </MasterDataScreen>
  );
}
