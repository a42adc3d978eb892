import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import { EntityTable } from '../../components/entity-table.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { locationPage, useLocations } from './use-locations.ts';

/** The stores and warehouses; they reach the stores with job 1070. */
export function LocationsScreen() {
  const { t } = useTranslation();
  const locations = useLocations();
  return (
    <MasterDataScreen
      heading={t('masterData.locations.heading')}
      intro={t('masterData.locations.intro')}
      job="1070"
    >
      <div className={styles.toolbar}>
        <AppLink href="/locations/new" className={styles.buttonLink}>
          {t('masterData.locations.new')}
        </AppLink>
      </div>
      <Loaded data={locations.data?.locations} error={locations.error}>
        {(rows) => (
          <EntityTable
            label={t('masterData.locations.heading')}
            rows={rows}
            keyOf={(location) => location.id}
            hrefOf={(location) => locationPage(location.id)}
            empty={t('masterData.locations.empty')}
            columns={[
              { header: t('masterData.locations.fields.id'), cell: (location) => location.id },
              {
                header: t('masterData.locations.fields.kind'),
                cell: (location) => t(`masterData.locations.kinds.${location.kind}`),
              },
              { header: t('masterData.locations.fields.name'), cell: (location) => location.name },
              {
                header: t('masterData.locations.fields.address.city'),
                cell: (location) => location.address.city,
              },
              {
                header: t('masterData.locations.fields.shipsFrom'),
                cell: (location) => location.shipsFrom ?? '',
              },
              {
                header: t('masterData.locations.credential.column'),
                cell: (location) =>
                  location.kind === 'store' ? t(location.hasCredential ? 'common.yes' : 'common.no') : '',
              },
            ]}
          />
        )}
      </Loaded>
    </MasterDataScreen>
  );
}
