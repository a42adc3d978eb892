import { describe, expect, it } from 'vitest';
import {
  initialChoices,
  lineAtField,
  shipmentsToShip,
  shipRequestOf,
} from '../src/features/sales-orders/shipment-lines.ts';
import { ORDER } from './sales-order-fixture.ts';

const [sh1] = shipmentsToShip(ORDER);
if (!sh1) throw new Error('the fixture has a shipment to ship');

describe('R-PCK-5: the shipments the back office ships, and what it asks HQ', () => {
  it('lists only shipments with open lines, each line with what is open (ordered − delivered − cancelled) and reserved', () => {
    expect(shipmentsToShip(ORDER).map((candidate) => candidate.shipment.id)).toEqual(['SH1']);
    expect(sh1.lines).toEqual([
      { lineId: 'L1', productId: 'TENT-4P', description: 'Tent 4 persons', open: 2, reserved: 2 },
      { lineId: 'L3', productId: 'BOOK-WAD', description: 'Wadden guide', open: 3, reserved: 1 },
    ]);
    expect(shipmentsToShip({ ...ORDER, type: 'quote' })).toEqual([]);
  });

  it('starts with every line chosen at what stock holds for it (a backorder waits, R-CRE-6)', () => {
    expect(initialChoices(sh1)).toEqual({
      L1: { chosen: true, quantity: '2' },
      L3: { chosen: true, quantity: '1' },
    });
  });

  it('asks for the whole shipment without lines ("Ship all"), and for the chosen lines with their quantities', () => {
    expect(shipRequestOf(3, sh1, 'all')).toEqual({ request: { version: 3, shipmentId: 'SH1' } });
    expect(
      shipRequestOf(3, sh1, { L1: { chosen: true, quantity: ' 1 ' }, L3: { chosen: false, quantity: '2' } }),
    ).toEqual({ request: { version: 3, shipmentId: 'SH1', lines: [{ lineId: 'L1', quantity: 1 }] } });
  });

  it.each([['0'], ['3'], ['1.5'], [''], ['two']])(
    'refuses the quantity %j at its line, naming what is open',
    (quantity) => {
      expect(
        shipRequestOf(3, sh1, { L1: { chosen: true, quantity }, L3: { chosen: true, quantity: '2' } }),
      ).toEqual({ problems: { quantities: { L1: 2 } } });
    },
  );

  it('asks nothing when no line is chosen', () => {
    expect(
      shipRequestOf(3, sh1, { L1: { chosen: false, quantity: '2' }, L3: { chosen: false, quantity: '2' } }),
    ).toEqual({ problems: { nothingChosen: true } });
  });

  it('finds the line a refusal names: by the lines sent, or by the open lines when the whole shipment was asked', () => {
    const selected = { version: 3, shipmentId: 'SH1', lines: [{ lineId: 'L3', quantity: 1 }] };
    expect(lineAtField('lines[0].quantity', selected, sh1)).toBe('L3');
    expect(lineAtField('lines[1].quantity', { version: 3, shipmentId: 'SH1' }, sh1)).toBe('L3');
    expect(lineAtField('shipmentId', selected, sh1)).toBeUndefined();
    expect(lineAtField(undefined, selected, sh1)).toBeUndefined();
    expect(lineAtField('lines[5].quantity', selected, sh1)).toBeUndefined();
  });
});
