import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataList } from '../../components/master-data-list.tsx';
import { staffPage, useStaff } from './use-staff.ts';

/** The staff and their permission groups (R-SEC-1); they reach the stores with job 1060. */
export function StaffListScreen() {
  const { t } = useTranslation();
  const staff = useStaff();
  return (
    <MasterDataList
      texts={t('masterData.staff', { returnObjects: true })}
      job="1060"
      newHref="/staff/new"
      links={
        <AppLink href="/permission-groups" className={styles.back}>
          {t('masterData.groups.heading')}
        </AppLink>
      }
      rows={staff.data?.staff}
      error={staff.error}
      keyOf={(member) => member.id}
      hrefOf={(member) => staffPage(member.id)}
      columns={[
        { header: t('masterData.staff.fields.id'), cell: (member) => member.id },
        { header: t('masterData.staff.fields.name'), cell: (member) => member.name },
        { header: t('masterData.staff.fields.groups'), cell: (member) => member.groups.join(', ') },
      ]}
    />
  );
}
