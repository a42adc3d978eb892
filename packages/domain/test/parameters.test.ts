import { describe, expect, it } from 'vitest';
import {
  type CommerceParameters,
  type ParameterReferences,
  validateCommerceParameters,
} from '../src/index.ts';
import { parameters } from './fixtures.ts';

/** What HQ has configured: the charge codes and modes of delivery the parameters may name. */
const references: ParameterReferences = {
  chargeCodes: ['SHIP', 'CANC', 'GIFTWRAP'],
  modesOfDelivery: ['PICKUP', 'CARRYOUT', 'POSTNL', 'DHL'],
};

const withField = (change: Partial<Record<keyof CommerceParameters, unknown>>): CommerceParameters =>
  ({ ...parameters, ...change }) as CommerceParameters;

describe('Commerce parameters (R-PAR-1)', () => {
  it('R-PAR-1 the demo parameters are valid: no refusals', () => {
    expect(validateCommerceParameters(parameters, references)).toEqual([]);
  });

  it.each<[string, Partial<Record<keyof CommerceParameters, unknown>>]>([
    ['0 % deposit and no cancellation charge', { defaultDepositPercent: 0, cancellationChargePercent: 0 }],
    ['100 % deposit and cancellation charge', { defaultDepositPercent: 100, cancellationChargePercent: 100 }],
    ['percentages with two decimals', { defaultDepositPercent: 12.5, cancellationChargePercent: 33.33 }],
    ['other existing charge codes', { shippingChargeCode: 'GIFTWRAP', cancellationChargeCode: 'SHIP' }],
    ['no shipping refunds', { refundShippingCharges: false }],
    ['no shipping refund without approval', { maxShippingRefundWithoutApproval: 0 }],
    ['quotes that expire the same day', { quoteExpirationDays: 0 }],
    ['other existing modes of delivery', { pickupModeOfDelivery: 'DHL', carryOutModeOfDelivery: 'POSTNL' }],
  ])('R-PAR-1 valid at the edges: %s', (_title, change) => {
    expect(validateCommerceParameters(withField(change), references)).toEqual([]);
  });

  it.each<[keyof CommerceParameters, unknown]>([
    ['defaultDepositPercent', -1],
    ['defaultDepositPercent', -0.01],
    ['defaultDepositPercent', 100.01],
    ['defaultDepositPercent', 101],
    ['defaultDepositPercent', 12.345], // three decimals
    ['defaultDepositPercent', Number.NaN],
    ['cancellationChargePercent', -5],
    ['cancellationChargePercent', 150],
    ['cancellationChargePercent', 5.001], // three decimals
    ['cancellationChargeCode', 'NOPE'],
    ['cancellationChargeCode', ''],
    ['shippingChargeCode', 'FREIGHT'],
    ['refundShippingCharges', 'yes'],
    ['maxShippingRefundWithoutApproval', -1],
    ['maxShippingRefundWithoutApproval', 10.5], // not whole cents
    ['quoteExpirationDays', -1],
    ['quoteExpirationDays', 1.5],
    ['pickupModeOfDelivery', 'DRONE'],
    ['carryOutModeOfDelivery', 'TELEPORT'],
    ['carryOutModeOfDelivery', 'PICKUP'], // the same mode as pickup
  ])('R-PAR-1 %s = %s is refused, naming exactly that field', (field, value) => {
    const refusals = validateCommerceParameters(withField({ [field]: value }), references);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ ok: false, code: 'INVALID_PARAMETER', rule: 'R-PAR-1', field });
    expect(refusals[0]?.message).toContain(field);
  });

  it('R-PAR-1 every invalid field gets its own refusal, in the order of the parameters', () => {
    const refusals = validateCommerceParameters(
      withField({
        defaultDepositPercent: 120,
        shippingChargeCode: 'NOPE',
        quoteExpirationDays: -3,
        pickupModeOfDelivery: 'NOPE',
      }),
      references,
    );
    expect(refusals.map((refusal) => refusal.field)).toEqual([
      'defaultDepositPercent',
      'shippingChargeCode',
      'quoteExpirationDays',
      'pickupModeOfDelivery',
    ]);
  });
});
