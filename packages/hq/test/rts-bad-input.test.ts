import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  cash,
  createOrder,
  type Json,
  orderBody,
  pickup,
  rawRequest,
  ship,
  shipment,
  snapshot,
} from './rts-fixtures.ts';

/** One bad request and the 4xx it must get: a stable code and, where there is one, the field at fault. */
interface BadInput {
  readonly title: string;
  readonly method?: 'GET' | 'POST' | 'DELETE';
  /** Under /rts unless it starts with `!`. `{order}` is an order's number, `{line}` its line's id. */
  readonly path: string;
  readonly body?: unknown;
  /** Sent as it is, instead of `body` as JSON. */
  readonly raw?: string;
  readonly headers?: Record<string, string>;
  readonly status: number;
  readonly code: string;
  readonly field?: string;
}

const order = (extra: Record<string, unknown> = {}) =>
  orderBody([pickup('BOOK-WAD', 1)], { payments: [cash(250)], ...extra });
const withLine = (line: Record<string, unknown>) => order({ lines: [{ ...pickup('BOOK-WAD', 1), ...line }] });
const onOrder = (extra: Record<string, unknown> = {}) => ({
  actor: cashier,
  version: 1,
  lines: [{ lineId: '{line}', quantity: 1 }],
  ...extra,
});
const NUL = '\u0000';

const cases: BadInput[] = [
  // Wrong types and shapes.
  {
    title: 'a quantity as text',
    path: '/orders',
    body: withLine({ quantity: '1' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].quantity',
  },
  {
    title: 'a customer number as a number',
    path: '/orders',
    body: order({ customerNumber: 1001 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'customerNumber',
  },
  {
    title: 'an unknown order type',
    path: '/orders',
    body: order({ type: 'order' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'type',
  },
  {
    title: 'lines that are not a list',
    path: '/orders',
    body: order({ lines: 'BOOK-WAD' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines',
  },
  {
    title: 'no actor',
    path: '/orders',
    body: order({ actor: undefined }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'actor',
  },
  {
    title: 'a permission that does not exist',
    path: '/orders',
    body: order({ actor: { ...cashier, permissions: ['everything'] } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'actor.permissions[0]',
  },
  {
    title: 'an unknown delivery kind',
    path: '/orders',
    body: withLine({ delivery: { kind: 'drone' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].delivery.kind',
  },
  {
    title: 'a JSON null body',
    path: '/orders',
    raw: 'null',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'body',
  },
  {
    title: 'a text body',
    path: '/orders',
    raw: 'hello',
    headers: { 'content-type': 'text/plain' },
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'body',
  },
  {
    title: 'a preview flag that is not true or false',
    path: '/orders?preview=maybe',
    body: order(),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'preview',
  },
  // Quantities and money (R-MON-1: integer cents).
  {
    title: 'a negative quantity',
    path: '/orders',
    body: withLine({ quantity: -1 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].quantity',
  },
  {
    title: 'a zero quantity',
    path: '/orders',
    body: withLine({ quantity: 0 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].quantity',
  },
  {
    title: 'a fractional quantity',
    path: '/orders',
    body: withLine({ quantity: 1.5 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].quantity',
  },
  {
    title: 'an absurd quantity',
    path: '/orders',
    body: withLine({ quantity: 100_001 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].quantity',
  },
  {
    title: 'R-MON-1 a payment in euros as a float',
    path: '/orders',
    body: order({ payments: [cash(2.5)] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'payments[0].amount',
  },
  {
    title: 'R-MON-1 a negative payment',
    path: '/orders',
    body: order({ payments: [cash(-250)] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'payments[0].amount',
  },
  {
    title: 'R-MON-1 a payment beyond exact integers',
    path: '/orders',
    body: order({ payments: [cash(1e20)] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'payments[0].amount',
  },
  {
    title: 'R-MON-1 a shipping charge as a float',
    path: '/orders',
    body: order({ lines: [ship('BOOK-WAD', 1)], shipments: [shipment(6.95)] }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'shipments[0].charge',
  },
  {
    title: 'R-MON-1 a deposit override as a float',
    path: '/orders',
    body: order({ depositOverride: 0.5 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'depositOverride',
  },
  {
    title: 'R-MON-1 a negative cancellation charge',
    path: '/orders/{order}/cancel',
    body: { actor: cashier, version: 1, chargeOverride: -1 },
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'chargeOverride',
  },
  // Dates (R-CRE-2).
  {
    title: 'a date written day first',
    path: '/orders',
    body: withLine({ delivery: { kind: 'pickup', storeId: 'S01', date: '30-11-2026' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].delivery.date',
  },
  {
    title: 'R-CRE-2 a date that does not exist',
    path: '/orders',
    body: withLine({ delivery: { kind: 'pickup', storeId: 'S01', date: '2026-02-30' } }),
    status: 422,
    code: 'INVALID_DATE',
    field: 'lines[0].delivery.date',
  },
  {
    title: 'R-CRE-2 a pickup date in the past',
    path: '/orders',
    body: withLine({ delivery: { kind: 'pickup', storeId: 'S01', date: '2026-11-26' } }),
    status: 422,
    code: 'DATE_IN_PAST',
    field: 'lines[0].delivery.date',
  },
  {
    title: 'R-FND-1 a created date that does not exist',
    method: 'GET',
    path: '/orders?createdFrom=2026-13-01',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'createdFrom',
  },
  {
    title: 'R-FND-1 a last created date that does not exist',
    method: 'GET',
    path: '/orders?createdTo=2026-02-30',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'createdTo',
  },
  // Ids HQ does not know.
  {
    title: 'an unknown customer',
    path: '/orders',
    body: order({ customerNumber: 'C-9999' }),
    status: 422,
    code: 'UNKNOWN_CUSTOMER',
    field: 'customerNumber',
  },
  {
    title: 'an unknown product',
    path: '/orders',
    body: withLine({ sku: 'NOPE-1' }),
    status: 422,
    code: 'UNKNOWN_PRODUCT',
    field: 'lines[0].sku',
  },
  {
    title: 'an unknown pickup store',
    path: '/orders',
    body: withLine({ delivery: { kind: 'pickup', storeId: 'S99', date: '2026-11-30' } }),
    status: 422,
    code: 'UNKNOWN_LOCATION',
    field: 'lines[0].delivery.storeId',
  },
  {
    title: 'a warehouse as pickup store',
    path: '/orders',
    body: withLine({ delivery: { kind: 'pickup', storeId: 'DC1', date: '2026-11-30' } }),
    status: 422,
    code: 'UNKNOWN_LOCATION',
    field: 'lines[0].delivery.storeId',
  },
  {
    title: "another customer's address",
    path: '/orders',
    body: order({ lines: [ship('BOOK-WAD', 1)], shipments: [shipment(0, { addressId: 'A-2' })] }),
    status: 422,
    code: 'UNKNOWN_ADDRESS',
    field: 'shipments[0].addressId',
  },
  {
    title: 'an unknown mode of delivery',
    path: '/orders',
    body: order({ lines: [ship('BOOK-WAD', 1)], shipments: [{ ...shipment(0), modeOfDelivery: 'DHL' }] }),
    status: 422,
    code: 'UNKNOWN_MODE_OF_DELIVERY',
    field: 'shipments[0].modeOfDelivery',
  },
  {
    title: 'a ship line without its shipment',
    path: '/orders',
    body: order({ lines: [ship('BOOK-WAD', 1, 'SH9')] }),
    status: 422,
    code: 'UNKNOWN_SHIPMENT',
    field: 'lines[0].delivery.shipmentId',
  },
  {
    title: 'an unknown card token',
    path: '/orders',
    body: order({ payments: [{ method: 'card', cardToken: 'tok_nope', amount: 250 }] }),
    status: 402,
    code: 'PAYMENT_DECLINED',
    field: 'payments[0]',
  },
  {
    title: 'an unknown order',
    method: 'GET',
    path: '/orders/SO-999999',
    status: 404,
    code: 'NOT_FOUND',
    field: 'orderId',
  },
  {
    title: 'an operation on an unknown order',
    path: '/orders/SO-999999/pick-up',
    body: onOrder(),
    status: 404,
    code: 'NOT_FOUND',
    field: 'orderId',
  },
  {
    title: 'an order id longer than any id',
    method: 'GET',
    path: `/orders/${'X'.repeat(65)}`,
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'orderId',
  },
  {
    title: 'an unknown line',
    path: '/orders/{order}/pick-up',
    body: onOrder({ lines: [{ lineId: 'L-NOPE', quantity: 1 }] }),
    status: 422,
    code: 'UNKNOWN_LINE',
    field: 'lines[0].lineId',
  },
  {
    title: 'the same line twice',
    path: '/orders/{order}/pick',
    body: onOrder({
      lines: [
        { lineId: '{line}', quantity: 1 },
        { lineId: '{line}', quantity: 1 },
      ],
    }),
    status: 422,
    code: 'DUPLICATE_LINE',
    field: 'lines[1].lineId',
  },
  {
    title: 'an unknown change',
    path: '/orders/{order}/edit',
    body: { actor: cashier, version: 1, changes: [{ kind: 'makeItFree' }] },
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'changes[0].kind',
  },
  {
    title: 'an edit without changes',
    path: '/orders/{order}/edit',
    body: { actor: cashier, version: 1, changes: [] },
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'changes',
  },
  {
    title: 'a version of 0',
    path: '/orders/{order}/pick',
    body: onOrder({ version: 0 }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'version',
  },
  {
    title: 'a version as text',
    path: '/orders/{order}/pick',
    body: onOrder({ version: '1' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'version',
  },
  // Text a database cannot hold (PostgreSQL refuses NUL in text).
  {
    title: 'a NUL character in a product code',
    path: '/orders',
    body: withLine({ sku: `BOOK${NUL}` }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'lines[0].sku',
  },
  {
    title: 'a NUL character in a staff id',
    path: '/orders',
    body: order({ actor: { ...cashier, staffId: `S01${NUL}` } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'actor.staffId',
  },
  {
    title: 'a NUL character in an order id',
    method: 'GET',
    path: '/orders/%00',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'orderId',
  },
  {
    title: 'R-FND-1 a NUL character in a customer search',
    method: 'GET',
    path: '/orders?customer=%00',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'customer',
  },
  {
    title: 'R-FND-1 a page cursor HQ did not give',
    method: 'GET',
    path: `/orders?after=${Buffer.from(`${NUL}|${NUL}`).toString('base64url')}`,
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'after',
  },
  {
    title: 'R-FND-1 a page cursor that is not one',
    method: 'GET',
    path: '/orders?after=garbage',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'after',
  },
  {
    title: 'R-FND-1 a page size of 0',
    method: 'GET',
    path: '/orders?limit=0',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
  },
  {
    title: 'R-FND-1 a page size as a word',
    method: 'GET',
    path: '/orders?limit=ten',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
  },
  {
    title: 'R-FND-1 an unknown preset',
    method: 'GET',
    path: '/orders?preset=everything',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'preset',
  },
  // The envelope: keys, bodies, routes.
  {
    title: 'no Idempotency-Key',
    path: '/orders',
    body: order(),
    headers: { 'idempotency-key': '' },
    status: 400,
    code: 'IDEMPOTENCY_KEY_REQUIRED',
    field: 'Idempotency-Key',
  },
  {
    title: 'an Idempotency-Key too short to be unique',
    path: '/orders',
    body: order(),
    headers: { 'idempotency-key': 'abc' },
    status: 400,
    code: 'IDEMPOTENCY_KEY_REQUIRED',
    field: 'Idempotency-Key',
  },
  {
    title: 'malformed JSON',
    path: '/orders',
    raw: '{"actor": {',
    status: 400,
    code: 'FST_ERR_CTP_INVALID_JSON_BODY',
    field: 'body',
  },
  {
    title: 'an empty JSON body',
    path: '/orders',
    raw: '',
    status: 400,
    code: 'FST_ERR_CTP_EMPTY_JSON_BODY',
    field: 'body',
  },
  {
    title: 'a content type HQ does not read',
    path: '/orders',
    raw: '<order/>',
    headers: { 'content-type': 'application/xml' },
    status: 415,
    code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    field: 'body',
  },
  {
    title: 'a body over 1 MiB',
    path: '/orders',
    raw: JSON.stringify(order({ collectors: ['x'.repeat(1024 * 1024)] })),
    status: 413,
    code: 'BODY_TOO_LARGE',
    field: 'body',
  },
  {
    title: 'a card number as a number',
    path: '/payments/tokens',
    body: { number: 4111111111111111, expiry: '12/30' },
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'number',
  },
  { title: 'an unknown route', method: 'GET', path: '/orderz', status: 404, code: 'NOT_FOUND', field: 'url' },
  {
    title: 'an unknown operation',
    path: '/orders/{order}/explode',
    body: onOrder(),
    status: 404,
    code: 'NOT_FOUND',
    field: 'url',
  },
  {
    title: 'a method a route does not take',
    method: 'DELETE',
    path: '/orders/{order}',
    headers: { 'content-type': '' },
    status: 404,
    code: 'NOT_FOUND',
    field: 'url',
  },
  {
    title: 'a route outside HQ',
    method: 'GET',
    path: '!/wp-admin',
    status: 404,
    code: 'NOT_FOUND',
    field: 'url',
  },
];

describe.each(engines())(
  'RTS: bad input is answered 4xx with a code and a field, never 5xx, on %s',
  (engine) => {
    let hq: RunningHq;
    let target: { number: string; line: string };
    beforeAll(async () => {
      hq = await startHq(engine);
      const created = await createOrder(storeClient(hq, 'S01'), [pickup('BOOK-WAD', 1)], {
        payments: [cash(250)],
      });
      target = { number: created.order.number, line: created.order.lines[0].id };
    });
    afterAll(() => hq.close());

    const fill = (text: string) =>
      text.replaceAll('{order}', target.number).replaceAll('{line}', target.line);

    it.each(cases)('$title: $status $code', async (c) => {
      const before = await snapshot(hq);
      const path = c.path.startsWith('!') ? c.path.slice(1) : `/rts${fill(c.path)}`;
      const body = c.raw ?? (c.body !== undefined ? fill(JSON.stringify(c.body)) : undefined);
      const reply = await rawRequest(hq, c.method ?? 'POST', path, {
        ...(body !== undefined ? { body } : {}),
        ...(c.headers ? { headers: c.headers } : {}),
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(c.status);
      expect(reply.body).toMatchObject({ code: c.code, message: expect.any(String) });
      if (c.field !== undefined) expect((reply.body as Json).field).toBe(c.field);
      expect(await snapshot(hq)).toEqual(before);
    });
  },
);
