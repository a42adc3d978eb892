import { useTranslation } from 'react-i18next';
import { MasterDataList } from '../../components/master-data-list.tsx';
import { chargeCodePage, useChargeCodes } from './use-charge-codes.ts';

/** The charge codes (shipping, cancellation, …) with their VAT rates; they reach the stores with job 1040. */
export function ChargeCodesScreen() {
  const { t } = useTranslation();
  const chargeCodes = useChargeCodes();
  return (
    <MasterDataList
      texts={t('masterData.chargeCodes', { returnObjects: true })}
      job="1040"
      newHref="/charge-codes/new"
      rows={chargeCodes.data?.chargeCodes}
      error={chargeCodes.error}
      keyOf={(code) => code.code}
      hrefOf={(code) => chargeCodePage(code.code)}
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
  );
}
