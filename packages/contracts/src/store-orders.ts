import type { z } from 'zod';
import { Money } from './common.ts';
import {
  CancelRequest,
  ConvertQuoteRequest,
  EditOrderRequest,
  PickOrPackRequest,
  PickUpRequest,
  ReturnRequest,
} from './orders.ts';
import { Receipt } from './receipts.ts';
import { RtsOperationReply } from './rts-operation-reply.ts';
import { ManagerOverride } from './store-pos.ts';

/**
 * An order operation as the register sends it to its store: RTS's request without who acts and the
 * store's pay-later rule (the store adds both), with a manager's credentials when one approves (R-SEC-2).
 */
const atStore = <T extends z.ZodObject<{ actor: z.ZodType; paymentRequirement: z.ZodType }>>(request: T) =>
  request
    .omit({ actor: true, paymentRequirement: true })
    .extend({ managerOverride: ManagerOverride.optional() });

/**
 * Cash the customer handed over, when more than is paid in cash: the receipt shows the change. For every
 * operation that takes a payment at the counter.
 */
const handedOver = { cashTendered: Money.positive().optional() };

export const StoreOrderRequests = {
  edit: atStore(EditOrderRequest).extend(handedOver),
  pick: atStore(PickOrPackRequest),
  pack: atStore(PickOrPackRequest),
  pickUp: atStore(PickUpRequest).extend(handedOver),
  cancel: atStore(CancelRequest).extend(handedOver),
  return: atStore(ReturnRequest),
  convert: atStore(ConvertQuoteRequest).extend(handedOver),
};

/** HQ's answer to the operation, with the receipt the store printed for it, if it gives one (R-RCP-1). */
export const StoreOperationReply = RtsOperationReply.extend({ receipt: Receipt.nullable() });
export type StoreOperationReply = z.infer<typeof StoreOperationReply>;
