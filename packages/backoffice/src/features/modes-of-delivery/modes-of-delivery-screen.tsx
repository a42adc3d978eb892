import { useTranslation } from 'react-i18next';
import { MasterDataList } from '../../components/master-data-list.tsx';
import { modePage, useModesOfDelivery } from './use-modes-of-delivery.ts';

/** Shipping, pickup and carry-out modes (R-CRE-2); they reach the stores with job 1070. */
export function ModesOfDeliveryScreen() {
  const { t } = useTranslation();
  const modes = useModesOfDelivery();
  return (
    <MasterDataList
      texts={t('masterData.modes', { returnObjects: true })}
      job="1070"
      newHref="/modes-of-delivery/new"
      rows={modes.data?.modesOfDelivery}
      error={modes.error}
      keyOf={(mode) => mode.code}
      hrefOf={(mode) => modePage(mode.code)}
      columns={[
        { header: t('masterData.modes.fields.code'), cell: (mode) => mode.code },
        { header: t('masterData.modes.fields.name'), cell: (mode) => mode.name },
        {
          header: t('masterData.modes.fields.kind'),
          cell: (mode) => t(`masterData.modes.kinds.${mode.kind}`),
        },
      ]}
    />
  );
}
