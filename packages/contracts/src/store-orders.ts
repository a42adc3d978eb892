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

export const StoreOrderRequests = {
  edit: atStore(EditOrderRequest).extend({
    /** Cash handed over for a shortfall, when more than is paid in cash: the receipt shows the change. */
    cashTendered: Money.positive().optional(),
  }),
  pick: atStore(PickOrPackRequest),
  pack: atStore(PickOrPackRequest),
  pickUp: atStore(PickUpRequest).extend({
    /** Cash the customer handed over, when more than is paid in cash: the receipt shows the change. */
    cashTendered: Money.positive().optional(),
  }),
  cancel: atStore(CancelRequest),
  return: atStore(ReturnRequest),
  convert: atStore(ConvertQuoteRequest),
};

/** HQ's answer to the operation, with the receipt the store printed for it, if it gives one (R-RCP-1). */
export const StoreOperationReply = RtsOperationReply.extend({ receipt: Receipt.nullable() });
export type StoreOperationReply = z.infer<typeof StoreOperationReply>;
