import type { AuthorizationInput, PaymentInput } from '@kassa/contracts';
import type { Authorization, LedgerEntry, Payment, Tender } from '@kassa/domain';
import { type Failure, fail, isFailure } from '../app/failure.ts';
import type { PaymentConnector, PaymentResult } from './payment-connector.ts';

/**
 * The card side of one operation. Cards are authorized (and, for a payment, captured) before the order
 * rules decide, because the rules need the tenders; whatever the operation then moves on the cards is
 * settled before commit. Every step is remembered so that a refusal, a failed card or a failed commit
 * undoes them all: a decline leaves the order, and the customer's card, as they were.
 */
export class PaymentSession {
  readonly #undo: (() => Promise<unknown>)[] = [];

  constructor(
    private readonly connector: PaymentConnector,
    private readonly newId: () => string,
    /** A preview touches no card. */
    private readonly preview: boolean,
  ) {}

  async tenders(
    payments: readonly PaymentInput[] = [],
    authorizations: readonly AuthorizationInput[] = [],
  ): Promise<{ payments: Payment[]; authorizations: Authorization[] } | Failure> {
    const taken: Payment[] = [];
    for (const [index, payment] of payments.entries()) {
      if (payment.method === 'cash') {
        taken.push({ tender: { id: this.newId(), method: 'cash' }, amount: payment.amount });
        continue;
      }
      const tender = await this.#authorize(payment.cardToken, payment.amount, `payments[${index}]`, true);
      if ('ok' in tender) return tender;
      taken.push({ tender, amount: payment.amount });
    }
    const held: Authorization[] = [];
    for (const [index, authorization] of authorizations.entries()) {
      const tender = await this.#authorize(
        authorization.cardToken,
        authorization.amount,
        `authorizations[${index}]`,
        false,
      );
      if ('ok' in tender) return tender;
      held.push({ tender, amount: authorization.amount });
    }
    return { payments: taken, authorizations: held };
  }

  /** Captures, voids and refunds on cards what the operation's new ledger entries say. */
  async settle(entries: readonly LedgerEntry[]): Promise<Failure | undefined> {
    if (this.preview) return undefined;
    for (const entry of entries) {
      if (!('tender' in entry) || entry.tender.method !== 'card') continue;
      const id = entry.tender.id;
      let result: PaymentResult<object> | undefined;
      if (entry.kind === 'cardCaptured') {
        result = await this.connector.capture(id, entry.amount);
        if (result.ok) this.#undo.push(() => this.connector.refund(id, entry.amount));
      } else if (entry.kind === 'authorizationVoided') {
        result = await this.connector.void(id, entry.amount);
      } else if (entry.kind === 'refunded') {
        result = await this.connector.refund(id, entry.amount);
      }
      if (result && !result.ok) {
        return fail('PAYMENT_FAILED', `the card payment failed: ${result.message}`, {
          field: 'payments',
          rule: 'R-DEP-4',
          details: { reason: result.code },
        });
      }
    }
    return undefined;
  }

  /**
   * Runs an operation and undoes the card steps unless it committed: on a failure, a preview, or an error
   * thrown by the database (a racing duplicate, a lost connection).
   */
  async around<T>(preview: boolean, operation: () => Promise<T | Failure>): Promise<T | Failure> {
    let result: T | Failure;
    try {
      result = await operation();
    } catch (error) {
      await this.undo();
      throw error;
    }
    if (preview || isFailure(result)) await this.undo();
    return result;
  }

  /** Gives back everything this session took from cards, newest first. */
  async undo(): Promise<void> {
    for (const step of this.#undo.reverse()) await step();
    this.#undo.length = 0;
  }

  async #authorize(
    token: string,
    amount: number,
    field: string,
    capture: boolean,
  ): Promise<Tender | Failure> {
    if (this.preview) return { id: `preview-${this.newId()}`, method: 'card' };
    const authorized = await this.connector.authorize(token, amount);
    if (!authorized.ok) {
      return fail('PAYMENT_DECLINED', `the card was not accepted: ${authorized.message}`, {
        field,
        details: { reason: authorized.code },
      });
    }
    const id = authorized.authorizationId;
    if (capture) {
      const captured = await this.connector.capture(id, amount);
      if (!captured.ok) {
        await this.connector.void(id, amount);
        return fail('PAYMENT_DECLINED', `the card was not accepted: ${captured.message}`, {
          field,
          details: { reason: captured.code },
        });
      }
      this.#undo.push(() => this.connector.refund(id, amount));
    } else {
      this.#undo.push(() => this.connector.void(id, amount));
    }
    return { id, method: 'card', last4: authorized.last4 };
  }
}
