import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import { EntityTable } from '../../components/entity-table.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { chargeCodePage, useChargeCodes } from './use-charge-codes.ts';

/** The charge codes (shipping, cancellation, …) with their VAT rates; they reach the stores with job 1040. */
export function ChargeCodesScreen() {
  const { t } = useTranslation();
  const chargeCodes = useChargeCodes();
  return (
    <MasterDataScreen
      heading={t('masterData.chargeCodes.heading')}
      intro={t('masterData.chargeCodes.intro')}
      job="1040"
    >
      <div className={styles.toolbar}>
        <AppLink href="/charge-codes/new" className={styles.buttonLink}>
          {t('masterData.chargeCodes.new')}
        </AppLink>
      </div>
      <Loaded data={chargeCodes.data?.chargeCodes} error={chargeCodes.error}>
        {(rows) => (
          <EntityTable
            label={t('masterData.chargeCodes.heading')}
            rows={rows}
            keyOf={(code) => code.code}
            hrefOf={(code) => chargeCodePage(code.code)}
            empty={t('masterData.chargeCodes.empty')}
            columns={[
              { header: t('masterData.chargeCodes.fields.code'), cell: (code) => code.code },
              { header: t('masterData.chargeCodes.fields.description'), cell: (code) => code.description },
              {
                header: t('masterData.chargeCodes.fields.vatRate'),
                cell: (code) => `${code.vatRate} %`,
                numeric: true,
              },
            ]}
          />
        )}
      </Loaded>
    </MasterDataScreen>
  );
}
