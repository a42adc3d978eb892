import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackOfficeClient, signedIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';

/** The seeded parameters (test/seed.ts), as the back office reads them. */
const SEEDED = {
  defaultDepositPercent: 10,
  cancellationChargePercent: 5,
  cancellationChargeCode: 'CANC',
  shippingChargeCode: 'SHIP',
  refundShippingCharges: true,
  maxShippingRefundWithoutApproval: 1000,
  quoteExpirationDays: 14,
  pickupModeOfDelivery: 'PICKUP',
  carryOutModeOfDelivery: 'CARRYOUT',
};

describe.each(engines())('Commerce parameters and functionality profiles on %s', (engine) => {
  let hq: RunningHq;
  let bo: BackOfficeClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    bo = await signedIn(hq);
  });
  afterAll(() => hq.close());

  it('R-PAR-1 the Commerce parameters round-trip, percentages with two decimals', async () => {
    expect(await bo.get('/commerce-parameters')).toEqual({ status: 200, body: SEEDED });
    const changed = {
      ...SEEDED,
      defaultDepositPercent: 12.5,
      cancellationChargePercent: 0,
      refundShippingCharges: false,
      maxShippingRefundWithoutApproval: 0,
      quoteExpirationDays: 0,
    };
    expect(await bo.put('/commerce-parameters', changed)).toEqual({ status: 200, body: changed });
    expect((await bo.get('/commerce-parameters')).body).toEqual(changed);
    expect((await bo.put('/commerce-parameters', SEEDED)).status).toBe(200);
  });

  it.each([
    ['a deposit percent above 100', { defaultDepositPercent: 100.5 }, 'defaultDepositPercent'],
    ['a negative cancellation percent', { cancellationChargePercent: -1 }, 'cancellationChargePercent'],
    ['a percent with three decimals', { defaultDepositPercent: 10.125 }, 'defaultDepositPercent'],
    ['an unknown cancellation charge code', { cancellationChargeCode: 'NOPE' }, 'cancellationChargeCode'],
    ['an unknown shipping charge code', { shippingChargeCode: 'NOPE' }, 'shippingChargeCode'],
    ['refundShippingCharges not yes or no', { refundShippingCharges: 'maybe' }, 'refundShippingCharges'],
    ['a negative amount', { maxShippingRefundWithoutApproval: -1 }, 'maxShippingRefundWithoutApproval'],
    ['a fractional amount', { maxShippingRefundWithoutApproval: 9.99 }, 'maxShippingRefundWithoutApproval'],
    ['fractional days', { quoteExpirationDays: 1.5 }, 'quoteExpirationDays'],
    ['negative days', { quoteExpirationDays: -1 }, 'quoteExpirationDays'],
    ['an unknown pickup mode', { pickupModeOfDelivery: 'NOPE' }, 'pickupModeOfDelivery'],
    ['an unknown carry-out mode', { carryOutModeOfDelivery: 'NOPE' }, 'carryOutModeOfDelivery'],
    ['a shipping mode as the pickup mode', { pickupModeOfDelivery: 'POSTNL' }, 'pickupModeOfDelivery'],
    ['the pickup mode as the carry-out mode', { carryOutModeOfDelivery: 'PICKUP' }, 'carryOutModeOfDelivery'],
    ['a missing field', { quoteExpirationDays: undefined }, 'quoteExpirationDays'],
  ])('R-PAR-1 %s is refused naming the field', async (_title, change, field) => {
    const answer = await bo.put('/commerce-parameters', { ...SEEDED, ...change });
    expect(answer.status, JSON.stringify(answer.body)).toBe(422);
    expect(answer.body).toMatchObject({ code: 'INVALID_PARAMETER', rule: 'R-PAR-1', field });
    expect(answer.body.message).toContain(field);
    expect((await bo.get('/commerce-parameters')).body, 'nothing changed').toEqual(SEEDED);
  });

  it('R-PAR-1 every invalid field is named in one answer', async () => {
    const answer = await bo.put('/commerce-parameters', {
      ...SEEDED,
      shippingChargeCode: 'NOPE',
      carryOutModeOfDelivery: 'NOPE',
      quoteExpirationDays: 2.5,
    });
    expect(answer).toMatchObject({ status: 422, body: { code: 'INVALID_PARAMETER', rule: 'R-PAR-1' } });
    expect(Object.keys(answer.body.details).sort()).toEqual([
      'carryOutModeOfDelivery',
      'quoteExpirationDays',
      'shippingChargeCode',
    ]);
    for (const field of Object.keys(answer.body.details)) expect(answer.body.message).toContain(field);
    const references = await bo.put('/commerce-parameters', {
      ...SEEDED,
      shippingChargeCode: 'NOPE',
      cancellationChargeCode: 'GONE',
      carryOutModeOfDelivery: 'NOPE',
    });
    expect(references.status).toBe(422);
    expect(Object.keys(references.body.details).sort()).toEqual([
      'cancellationChargeCode',
      'carryOutModeOfDelivery',
      'shippingChargeCode',
    ]);
  });

  it('R-PAR-1 the pickup and carry-out modes keep their kinds', async () => {
    const answer = await bo.put('/modes-of-delivery/PICKUP', {
      code: 'PICKUP',
      name: 'Pick up',
      kind: 'shipping',
    });
    expect(answer).toMatchObject({
      status: 422,
      body: { code: 'INVALID_PARAMETER', rule: 'R-PAR-1', field: 'kind' },
    });
    expect(
      await bo.put('/modes-of-delivery/PICKUP', { code: 'PICKUP', name: 'Afhalen', kind: 'pickup' }),
    ).toMatchObject({
      status: 200,
    });
  });

  it('R-PRO-1 R-PRO-2 R-PRO-3 a store profile is set and read', async () => {
    expect(await bo.get('/functionality-profiles/S01')).toEqual({
      status: 200,
      body: {
        storeId: 'S01',
        requirePaymentForFulfillment: 'NotRequired',
        createCustomerOrderInAsyncMode: false,
        fallbackToAsyncWhenHqUnreachable: false,
      },
    });
    const profile = {
      requirePaymentForFulfillment: 'CardRequired',
      createCustomerOrderInAsyncMode: true,
      fallbackToAsyncWhenHqUnreachable: true,
    };
    expect(await bo.put('/functionality-profiles/S01', profile)).toEqual({
      status: 200,
      body: { storeId: 'S01', ...profile },
    });
    expect((await bo.get('/functionality-profiles/S01')).body).toEqual({ storeId: 'S01', ...profile });
    expect((await bo.get('/functionality-profiles/S02')).body.requirePaymentForFulfillment).toBe(
      'NotRequired',
    );

    const s03 = {
      id: 'S03',
      kind: 'store',
      name: 'Leiden',
      address: {
        name: 'Kassa Leiden',
        street: 'Breestraat 1',
        postalCode: '2311 AA',
        city: 'Leiden',
        country: 'NL',
      },
      timeZone: 'Europe/Amsterdam',
      shipsFrom: 'DC1',
    };
    expect((await bo.put('/locations/S03', s03)).status).toBe(201);
    expect(await bo.get('/functionality-profiles/S03')).toMatchObject({
      status: 404,
      body: { field: 'storeId' },
    });
    expect((await bo.put('/functionality-profiles/S03', profile)).status).toBe(201);

    expect(await bo.put('/functionality-profiles/DC1', profile)).toMatchObject({
      status: 422,
      body: { code: 'WRONG_LOCATION_KIND', field: 'storeId' },
    });
    expect(
      await bo.put('/functionality-profiles/S01', { ...profile, requirePaymentForFulfillment: 'Always' }),
    ).toMatchObject({
      status: 400,
      body: { field: 'requirePaymentForFulfillment' },
    });
    expect(
      await bo.put('/functionality-profiles/S01', { ...profile, createCustomerOrderInAsyncMode: 'yes' }),
    ).toMatchObject({
      status: 400,
      body: { field: 'createCustomerOrderInAsyncMode' },
    });
  });

  it('R-PRO-1 pay later disabled at HQ: the RTS then wants a card for the balance (R-DEP-4)', async () => {
    const s02 = storeClient(hq, 'S02');
    const order = {
      actor: cashier,
      type: 'customerOrder',
      customerNumber: 'C-1002',
      lines: [
        { sku: 'BOOT-42', quantity: 1, delivery: { kind: 'pickup', storeId: 'S02', date: '2026-11-30' } },
      ],
      payments: [{ method: 'cash', amount: 1295 }],
    };
    const profile = { createCustomerOrderInAsyncMode: false, fallbackToAsyncWhenHqUnreachable: false };
    await bo.put('/functionality-profiles/S02', { ...profile, requirePaymentForFulfillment: 'CardRequired' });
    const refused = await s02.post('/orders', order);
    expect(refused.status, JSON.stringify(refused.body)).toBe(402);
    expect(refused.body).toMatchObject({ code: 'CARD_AUTHORIZATION_REQUIRED', rule: 'R-DEP-4' });

    await bo.put('/functionality-profiles/S02', { ...profile, requirePaymentForFulfillment: 'NotRequired' });
    const created = await s02.post('/orders', order);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });

  it('R-PRO-1 the rule the store says its own profile holds decides, until job 1070 brings it the new one', async () => {
    const s02 = storeClient(hq, 'S02');
    const order = {
      actor: cashier,
      type: 'customerOrder',
      customerNumber: 'C-1002',
      lines: [
        { sku: 'BOOT-42', quantity: 1, delivery: { kind: 'pickup', storeId: 'S02', date: '2026-11-30' } },
      ],
      payments: [{ method: 'cash', amount: 1295 }],
    };
    const profile = { createCustomerOrderInAsyncMode: false, fallbackToAsyncWhenHqUnreachable: false };
    await bo.put('/functionality-profiles/S02', { ...profile, requirePaymentForFulfillment: 'CardRequired' });
    const storeNotYetTold = await s02.post('/orders', { ...order, paymentRequirement: 'NotRequired' });
    expect(storeNotYetTold.status, JSON.stringify(storeNotYetTold.body)).toBe(201);

    await bo.put('/functionality-profiles/S02', { ...profile, requirePaymentForFulfillment: 'NotRequired' });
    const storeTold = await s02.post('/orders', { ...order, paymentRequirement: 'CardRequired' });
    expect(storeTold.status, JSON.stringify(storeTold.body)).toBe(402);
    expect(storeTold.body).toMatchObject({ code: 'CARD_AUTHORIZATION_REQUIRED', rule: 'R-DEP-4' });
  });
});
