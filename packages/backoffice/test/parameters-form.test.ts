import type { CommerceParameters } from '@kassa/contracts';
import { describe, expect, it } from 'vitest';
import { formOf, readForm } from '../src/features/commerce-parameters/parameters-form.ts';

const DEMO: CommerceParameters = {
  defaultDepositPercent: 10,
  cancellationChargePercent: 12.5,
  cancellationChargeCode: 'CANCEL',
  shippingChargeCode: 'SHIP',
  refundShippingCharges: true,
  maxShippingRefundWithoutApproval: 2500,
  quoteExpirationDays: 30,
  pickupModeOfDelivery: 'PICKUP',
  carryOutModeOfDelivery: 'CARRYOUT',
};

describe('R-PAR-1: the Commerce parameters as the back office types them', () => {
  it('shows the parameters as typed and reads them back unchanged', () => {
    const form = formOf(DEMO);
    expect(form).toMatchObject({
      defaultDepositPercent: '10',
      cancellationChargePercent: '12.5',
      refundShippingCharges: 'yes',
      maxShippingRefundWithoutApproval: '25.00',
      quoteExpirationDays: '30',
    });
    expect(readForm(form)).toEqual({ ok: true, parameters: DEMO });
  });

  it('takes a comma as the decimal separator, and the edges 0 and 100', () => {
    const read = readForm({
      ...formOf(DEMO),
      defaultDepositPercent: '100',
      cancellationChargePercent: '0,25',
      maxShippingRefundWithoutApproval: '0',
      quoteExpirationDays: '0',
      refundShippingCharges: 'no',
    });
    expect(read).toEqual({
      ok: true,
      parameters: {
        ...DEMO,
        defaultDepositPercent: 100,
        cancellationChargePercent: 0.25,
        maxShippingRefundWithoutApproval: 0,
        quoteExpirationDays: 0,
        refundShippingCharges: false,
      },
    });
  });

  it('names every field that cannot be a value, each with its problem', () => {
    const cases: [Partial<Record<keyof CommerceParameters, string>>, Record<string, string>][] = [
      [{ defaultDepositPercent: '100.01' }, { defaultDepositPercent: 'percent' }],
      [{ defaultDepositPercent: '-1' }, { defaultDepositPercent: 'percent' }],
      [{ cancellationChargePercent: '1.255' }, { cancellationChargePercent: 'percent' }],
      [{ cancellationChargePercent: '' }, { cancellationChargePercent: 'percent' }],
      [{ maxShippingRefundWithoutApproval: '-5' }, { maxShippingRefundWithoutApproval: 'amount' }],
      [{ maxShippingRefundWithoutApproval: '1.005' }, { maxShippingRefundWithoutApproval: 'amount' }],
      [{ quoteExpirationDays: '1.5' }, { quoteExpirationDays: 'days' }],
      [{ quoteExpirationDays: '3651' }, { quoteExpirationDays: 'days' }],
      [
        { shippingChargeCode: ' ', pickupModeOfDelivery: '' },
        { shippingChargeCode: 'required', pickupModeOfDelivery: 'required' },
      ],
    ];
    for (const [typed, problems] of cases) {
      expect(readForm({ ...formOf(DEMO), ...typed }), JSON.stringify(typed)).toEqual({ ok: false, problems });
    }
  });
});
