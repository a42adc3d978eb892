import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import { EntityTable } from '../../components/entity-table.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { modePage, useModesOfDelivery } from './use-modes-of-delivery.ts';

/** Shipping, pickup and carry-out modes (R-CRE-2); they reach the stores with job 1070. */
export function ModesOfDeliveryScreen() {
  const { t } = useTranslation();
  const modes = useModesOfDelivery();
  return (
    <MasterDataScreen heading={t('masterData.modes.heading')} intro={t('masterData.modes.intro')} job="1070">
      <div className={styles.toolbar}>
        <AppLink href="/modes-of-delivery/new" className={styles.buttonLink}>
          {t('masterData.modes.new')}
        </AppLink>
      </div>
      <Loaded data={modes.data?.modesOfDelivery} error={modes.error}>
        {(rows) => (
          <EntityTable
            label={t('masterData.modes.heading')}
            rows={rows}
            keyOf={(mode) => mode.code}
            hrefOf={(mode) => modePage(mode.code)}
            empty={t('masterData.modes.empty')}
            columns={[
              { header: t('masterData.modes.fields.code'), cell: (mode) => mode.code },
              { header: t('masterData.modes.fields.name'), cell: (mode) => mode.name },
              {
                header: t('masterData.modes.fields.kind'),
                cell: (mode) => t(`masterData.modes.kinds.${mode.kind}`),
              },
            ]}
          />
        )}
      </Loaded>
    </MasterDataScreen>
  );
}
