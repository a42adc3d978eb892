import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import { EntityTable } from '../../components/entity-table.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { staffPage, useStaff } from './use-staff.ts';

/** The staff and their permission groups (R-SEC-1); they reach the stores with job 1060. */
export function StaffListScreen() {
  const { t } = useTranslation();
  const staff = useStaff();
  return (
    <MasterDataScreen heading={t('masterData.staff.heading')} intro={t('masterData.staff.intro')} job="1060">
      <div className={styles.toolbar}>
        <AppLink href="/staff/new" className={styles.buttonLink}>
          {t('masterData.staff.new')}
        </AppLink>
        <AppLink href="/permission-groups" className={styles.back}>
          {t('masterData.groups.heading')}
        </AppLink>
      </div>
      <Loaded data={staff.data?.staff} error={staff.error}>
        {(rows) => (
          <EntityTable
            label={t('masterData.staff.heading')}
            rows={rows}
            keyOf={(member) => member.id}
            hrefOf={(member) => staffPage(member.id)}
            empty={t('masterData.staff.empty')}
            columns={[
              { header: t('masterData.staff.fields.id'), cell: (member) => member.id },
              { header: t('masterData.staff.fields.name'), cell: (member) => member.name },
              { header: t('masterData.staff.fields.groups'), cell: (member) => member.groups.join(', ') },
            ]}
          />
        )}
      </Loaded>
    </MasterDataScreen>
  );
}
