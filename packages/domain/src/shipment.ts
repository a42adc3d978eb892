import { isMoney, type Money } from './money.ts';
import { checkDate } from './new-line.ts';
import type { Charge, Shipment } from './order.ts';
import type { ChargeCode, CommerceParameters } from './parameters.ts';
import { type Refusal, refuse } from './refusal.ts';

/** A shipment as the cart hands it over, with the shipping charge the associate entered (R-CRE-3). */
export interface NewShipment extends Shipment {
  readonly charge: Money;
}

export function checkShipment(shipment: NewShipment, today: string, field: string): Refusal | undefined {
  if (!isMoney(shipment.charge) || shipment.charge < 0) {
    return refuse('INVALID_AMOUNT', `${field}.charge must be an amount of at least 0 in minor units`, {
      field: `${field}.charge`,
    });
  }
  return checkDate(shipment.requestedDate, today, `${field}.requestedDate`);
}

/** R-CRE-3: the shipping charge is a charge line under the `shippingChargeCode`, attached to its shipment. */
export function shippingCharge(args: {
  id: string;
  shipmentId: string;
  amount: Money;
  parameters: CommerceParameters;
  chargeCodes: Readonly<Record<string, ChargeCode>>;
}): Charge {
  const code = args.parameters.shippingChargeCode;
  return {
    id: args.id,
    kind: 'shipping',
    code,
    amount: args.amount,
    vatRate: chargeCodeVat(args.chargeCodes, code),
    status: 'open',
    shipmentId: args.shipmentId,
  };
}

export function chargeCodeVat(chargeCodes: Readonly<Record<string, ChargeCode>>, code: string): number {
  const chargeCode = chargeCodes[code];
  if (!chargeCode) throw new Error(`charge code ${code} is not configured`);
  return chargeCode.vatRate;
}

export function shipmentRecord(shipment: NewShipment): Shipment {
  const { charge: _charge, ...record } = shipment;
  return record;
}
