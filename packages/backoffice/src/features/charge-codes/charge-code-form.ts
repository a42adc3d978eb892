import type { ChargeCode } from '@kassa/contracts';
import { formReader, percentInput, type Read } from '../../components/form-values.ts';

export const CHARGE_CODE_FIELDS = ['code', 'description', 'vatRate'] as const;
export type ChargeCodeField = (typeof CHARGE_CODE_FIELDS)[number];
export type ChargeCodeForm = Record<ChargeCodeField, string>;

export const chargeCodeForm = (code?: ChargeCode): ChargeCodeForm => ({
  code: code?.code ?? '',
  description: code?.description ?? '',
  vatRate: code ? percentInput(code.vatRate) : '21',
});

/** A charge code and the VAT rate of its charges (R-MON-4). */
export function readChargeCode(form: ChargeCodeForm): Read<ChargeCode> {
  const read = formReader();
  return read.done({
    code: read.text('code', form.code, 64),
    description: read.text('description', form.description),
    vatRate: read.percent('vatRate', form.vatRate),
  });
}
