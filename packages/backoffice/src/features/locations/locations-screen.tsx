import { useTranslation } from 'react-i18next';
import { MasterDataList } from '../../components/master-data-list.tsx';
import { locationPage, useLocations } from './use-locations.ts';

/** The stores and warehouses; they reach the stores with job 1070. */
export function LocationsScreen() {
  const { t } = useTranslation();
  const locations = useLocations();
  return (
    <MasterDataList
      texts={t('masterData.locations', { returnObjects: true })}
      job="1070"
      newHref="/locations/new"
      rows={locations.data?.locations}
      error={locations.error}
      keyOf={(location) => location.id}
      hrefOf={(location) => locationPage(location.id)}
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
  );
}
