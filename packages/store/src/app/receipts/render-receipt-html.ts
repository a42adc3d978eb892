import type { Receipt, ReceiptCharge, ReceiptDelivery, ReceiptTender } from '@kassa/contracts';
import type { Money } from '@kassa/domain';
import { Temporal } from 'temporal-polyfill';

export type ReceiptLanguage = 'en' | 'nl';

const en = {
  receipt: 'Receipt',
  title: {
    create: 'Order receipt',
    quote: 'Quote',
    pickup: 'Pickup receipt',
    cancel: 'Cancellation receipt',
    return: 'Return receipt',
    edit: 'Order change receipt',
  },
  date: 'Date',
  register: 'Register',
  staff: 'Served by',
  approvedBy: 'Approved by',
  orderNumber: 'Order number',
  confirmationNumber: 'Confirmation number',
  numberFollows: 'follows once head office has the order',
  customer: 'Customer',
  orderType: { customerOrder: 'Customer order', quote: 'Quote' },
  status: 'Status',
  statuses: {
    quote: 'Quote',
    open: 'Open',
    processing: 'Processing',
    partiallyDelivered: 'Partially delivered',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
  },
  quoteExpiresOn: 'Quote valid until',
  pickupCode: 'Pickup code',
  section: {
    create: 'Ordered',
    pickup: 'Picked up',
    cancel: 'Cancelled',
    return: 'Returned',
    edit: 'Your order after the change',
  },
  each: 'each',
  /** In place of an amount: a cancelled unit or a dropped charge is not charged (decision 0019). */
  notCharged: 'cancelled',
  carryOut: 'Carry out',
  pickup: 'Pick up at',
  ship: 'Ship to',
  on: 'on',
  charges: {
    shipping: 'Shipping',
    cancellation: 'Cancellation charge',
    shippingRefund: 'Shipping refund',
  },
  total: 'Total',
  vat: 'VAT',
  vatRate: 'Rate',
  net: 'Excl. VAT',
  gross: 'Incl. VAT',
  thisOperation: 'This transaction',
  effect: {
    invoiced: 'Invoiced',
    depositApplied: 'Deposit applied',
    due: 'Amount due',
    charge: 'Cancellation charge',
    refund: 'Refund',
  },
  tenders: 'Payments',
  tenderKinds: {
    paid: 'Paid',
    captured: 'Charged',
    authorized: 'Authorized',
    voided: 'Released',
    refunded: 'Refunded',
  },
  methods: { cash: 'cash', card: 'card' },
  tendered: 'Cash tendered',
  change: 'Change',
  orderMoney: 'Your order',
  money: {
    orderTotal: 'Order total',
    depositRequired: 'Deposit required',
    depositPaid: 'Deposit paid',
    paid: 'Paid in total',
    refunded: 'Refunded in total',
    authorizationOpen: 'Held on card',
    due: 'Invoiced, unpaid',
    balance: 'Balance',
  },
  returnOrder: 'Return order',
  invoice: 'Invoice',
  reason: 'Reason',
  collectedBy: 'Collected by',
  theCustomer: 'the customer',
  invoices: 'Invoices',
  footer: 'Thank you for shopping with us.',
};

type Labels = typeof en;

// Worded as a Dutch retailer prints them.
const nl: Labels = {
  receipt: 'Bon',
  title: {
    create: 'Orderbon',
    quote: 'Offerte',
    pickup: 'Afhaalbon',
    cancel: 'Annuleringsbon',
    return: 'Retourbon',
    edit: 'Wijzigingsbon',
  },
  date: 'Datum',
  register: 'Kassa',
  staff: 'Geholpen door',
  approvedBy: 'Goedgekeurd door',
  orderNumber: 'Ordernummer',
  confirmationNumber: 'Bevestigingsnummer',
  numberFollows: 'volgt zodra het hoofdkantoor de order heeft',
  customer: 'Klant',
  orderType: { customerOrder: 'Klantorder', quote: 'Offerte' },
  status: 'Status',
  statuses: {
    quote: 'Offerte',
    open: 'Open',
    processing: 'In behandeling',
    partiallyDelivered: 'Deels geleverd',
    delivered: 'Geleverd',
    cancelled: 'Geannuleerd',
  },
  quoteExpiresOn: 'Offerte geldig tot en met',
  pickupCode: 'Afhaalcode',
  section: {
    create: 'Besteld',
    pickup: 'Afgehaald',
    cancel: 'Geannuleerd',
    return: 'Geretourneerd',
    edit: 'Uw bestelling na de wijziging',
  },
  each: 'per stuk',
  notCharged: 'geannuleerd',
  carryOut: 'Meenemen',
  pickup: 'Afhalen in',
  ship: 'Verzenden naar',
  on: 'op',
  charges: {
    shipping: 'Verzendkosten',
    cancellation: 'Annuleringskosten',
    shippingRefund: 'Terugbetaling verzendkosten',
  },
  total: 'Totaal',
  vat: 'Btw',
  vatRate: 'Tarief',
  net: 'Excl. btw',
  gross: 'Incl. btw',
  thisOperation: 'Deze transactie',
  effect: {
    invoiced: 'Gefactureerd',
    depositApplied: 'Aanbetaling verrekend',
    due: 'Te betalen',
    charge: 'Annuleringskosten',
    refund: 'Terugbetaling',
  },
  tenders: 'Betalingen',
  tenderKinds: {
    paid: 'Betaald',
    captured: 'Afgeschreven',
    authorized: 'Gereserveerd',
    voided: 'Vrijgegeven',
    refunded: 'Terugbetaald',
  },
  methods: { cash: 'contant', card: 'kaart' },
  tendered: 'Contant ontvangen',
  change: 'Wisselgeld',
  orderMoney: 'Uw bestelling',
  money: {
    orderTotal: 'Ordertotaal',
    depositRequired: 'Aanbetaling vereist',
    depositPaid: 'Aanbetaling betaald',
    paid: 'Totaal betaald',
    refunded: 'Totaal terugbetaald',
    authorizationOpen: 'Gereserveerd op kaart',
    due: 'Gefactureerd, nog te betalen',
    balance: 'Saldo',
  },
  returnOrder: 'Retourorder',
  invoice: 'Factuur',
  reason: 'Reden',
  collectedBy: 'Afgehaald door',
  theCustomer: 'de klant',
  invoices: 'Facturen',
  footer: 'Bedankt voor uw aankoop.',
};

export const RECEIPT_LABELS: Record<ReceiptLanguage, Labels> = { en, nl };

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Integer cents as people read them, without floats (R-MON-1): `€ 1.234,56` in Dutch, `€1,234.56` in
 * English; a minus sign goes where each language puts it (`€ -12,34`, `-€12.34`).
 */
export function formatMoney(amount: Money, language: ReceiptLanguage): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not an amount in cents: ${amount}`);
  const magnitude = Math.abs(amount);
  const cents = magnitude % 100;
  const euros = String((magnitude - cents) / 100);
  const [group, decimal] = language === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = euros.replace(/\B(?=(\d{3})+$)/g, group);
  const digits = `${grouped}${decimal}${String(cents).padStart(2, '0')}`;
  const minus = amount < 0 ? '-' : '';
  return language === 'nl' ? `€ ${minus}${digits}` : `${minus}€${digits}`;
}

/** A calendar date (`2026-11-30`) as printed: `30-11-2026` in Dutch, `30 Nov 2026` in English. */
export function formatDate(date: string, language: ReceiptLanguage): string {
  const { year, month, day } = Temporal.PlainDate.from(date);
  return formatDay(year, month, day, language);
}

/** An instant as the local time of the store's time zone, which is what the customer's clock said. */
export function formatInstant(instant: string, timeZone: string, language: ReceiptLanguage): string {
  const local = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  const time = `${pad(local.hour)}:${pad(local.minute)}`;
  return `${formatDay(local.year, local.month, local.day, language)} ${time}`;
}

function formatDay(year: number, month: number, day: number, language: ReceiptLanguage): string {
  return language === 'nl'
    ? `${pad(day)}-${pad(month)}-${year}`
    : `${day} ${MONTHS_EN[month - 1] ?? month} ${year}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Everything printed comes from people or HQ (a customer may well be called `<b>` & Co). */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
@page { size: 80mm auto; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font: 11px/1.35 'DejaVu Sans Mono', 'Courier New', monospace; }
.receipt { width: 80mm; margin: 0 auto; padding: 4mm 3mm; }
h1 { font-size: 15px; text-align: center; margin: 1mm 0; text-transform: uppercase; letter-spacing: 0.05em; }
h2 { font-size: 11px; margin: 3mm 0 1mm; text-transform: uppercase; }
.store { text-align: center; }
.store strong { font-size: 13px; }
hr { border: 0; border-top: 1px dashed #000; margin: 2mm 0; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-weight: normal; }
td, th { padding: 0.3mm 0; vertical-align: top; }
.amount { text-align: right; white-space: nowrap; padding-left: 2mm; }
.value { text-align: right; overflow-wrap: anywhere; padding-left: 2mm; }
.detail { font-size: 10px; color: #333; padding-left: 3mm; }
.total td { font-weight: bold; font-size: 12px; border-top: 1px solid #000; padding-top: 1mm; }
.strong td { font-weight: bold; }
.code { text-align: center; font-size: 16px; font-weight: bold; letter-spacing: 0.1em; margin: 2mm 0; }
footer { text-align: center; margin-top: 3mm; }
@media screen { html { background: #e5e5e5; } .receipt { background: #fff; margin: 6mm auto; box-shadow: 0 0 3mm #999; } }
@media print { .receipt { width: 100%; margin: 0; } }
`;

/**
 * R-RCP-1: a receipt as a printable, self-contained HTML page for an 80 mm receipt printer: no scripts, no
 * external assets, every label in the receipt's language, every text from the receipt escaped.
 */
export function renderReceiptHtml(receipt: Receipt, language: ReceiptLanguage): string {
  const t = RECEIPT_LABELS[language];
  const money = (amount: Money) => escapeHtml(formatMoney(amount, language));
  // A cancellation lists what it cancelled without an amount: none of it is charged or given back.
  const amountOf = (amount: Money) =>
    receipt.kind === 'cancel' && amount === 0 ? escapeHtml(t.notCharged) : money(amount);
  const date = (value: string) => escapeHtml(formatDate(value, language));
  const row = (label: string, value: string, className = '', cell = 'amount') =>
    `<tr${className ? ` class="${className}"` : ''}><th>${escapeHtml(label)}</th><td class="${cell}">${value}</td></tr>`;
  // Names and numbers may be long: unlike amounts, they wrap rather than run off the paper.
  const text = (label: string, value: string) => row(label, escapeHtml(value), '', 'value');
  const { order } = receipt;
  const title = receipt.kind === 'create' && order.type === 'quote' ? t.title.quote : t.title[receipt.kind];

  const deliveryText = (delivery: ReceiptDelivery): string => {
    switch (delivery.kind) {
      case 'carryOut':
        return escapeHtml(t.carryOut);
      case 'pickup':
        return `${escapeHtml(t.pickup)} ${escapeHtml(delivery.storeName)} ${escapeHtml(t.on)} ${date(delivery.date)}`;
      case 'ship': {
        const a = delivery.address;
        const address = [a.name, a.street, `${a.postalCode} ${a.city}`, a.country].map(escapeHtml).join(', ');
        return `${escapeHtml(t.ship)} ${address}<br>${escapeHtml(delivery.modeOfDeliveryName)} ${escapeHtml(t.on)} ${date(delivery.requestedDate)}`;
      }
      default:
        return delivery satisfies never;
    }
  };
  const lines = receipt.lines
    .map(
      (line) =>
        `<tr><td>${line.quantity} × ${escapeHtml(line.description)}</td><td class="amount">${amountOf(line.amount)}</td></tr>` +
        `<tr><td class="detail" colspan="2">${escapeHtml(line.sku)} · ${money(line.unitPrice)} ${escapeHtml(t.each)} · ${escapeHtml(t.vat)} ${escapeHtml(String(line.vatRate))}%<br>${deliveryText(line.delivery)}</td></tr>`,
    )
    .join('');
  const charges = receipt.charges
    .map((charge: ReceiptCharge) =>
      row(
        `${t.charges[charge.kind]} (${t.vat} ${charge.vatRate}%)`,
        charge.kind === 'cancellation' ? money(charge.amount) : amountOf(charge.amount),
      ),
    )
    .join('');
  const vat = receipt.vat
    .map(
      (v) =>
        `<tr><td>${escapeHtml(String(v.rate))}%</td><td class="amount">${money(v.net)}</td><td class="amount">${money(v.vat)}</td><td class="amount">${money(v.gross)}</td></tr>`,
    )
    .join('');
  const tenderLabel = (tender: ReceiptTender) =>
    `${t.tenderKinds[tender.kind]} (${t.methods[tender.method]}${tender.last4 ? ` •••• ${tender.last4}` : ''})`;
  const payments = [
    ...receipt.tenders.map((tender) => row(tenderLabel(tender), money(tender.amount))),
    ...(receipt.cash
      ? [row(t.tendered, money(receipt.cash.tendered)), row(t.change, money(receipt.cash.change))]
      : []),
  ].join('');
  const effect = receipt.effect;
  const effectRows = [
    effect.invoiced !== 0 ? row(t.effect.invoiced, money(effect.invoiced)) : '',
    effect.charge !== 0 ? row(t.effect.charge, money(effect.charge)) : '',
    effect.depositApplied !== 0 ? row(t.effect.depositApplied, money(effect.depositApplied)) : '',
    effect.due !== 0 ? row(t.effect.due, money(effect.due), 'strong') : '',
    effect.refund !== 0 ? row(t.effect.refund, money(effect.refund), 'strong') : '',
  ].join('');
  const m = receipt.money;
  const returned = receipt.returnOrder;

  const body = [
    `<div class="store"><strong>${escapeHtml(receipt.store.name)}</strong>`,
    receipt.store.addressLine ? `<br>${escapeHtml(receipt.store.addressLine)}` : '',
    '</div>',
    `<h1>${escapeHtml(title)}</h1>`,
    '<table>',
    text(t.receipt, receipt.id),
    row(t.date, escapeHtml(formatInstant(receipt.issuedAt, receipt.store.timeZone, language))),
    text(t.register, receipt.registerId),
    text(t.staff, receipt.staffId),
    receipt.approvedBy ? text(t.approvedBy, receipt.approvedBy) : '',
    '</table><hr><table>',
    // An order the store made on its own has its confirmation number now and HQ's number later (R-CRE-7).
    order.number ? text(t.orderNumber, order.number) : text(t.orderNumber, t.numberFollows),
    order.confirmationNumber ? text(t.confirmationNumber, order.confirmationNumber) : '',
    text(t.customer, `${order.customer.name} (${order.customer.number})`),
    text(t.status, `${t.orderType[order.type]} · ${t.statuses[order.status]}`),
    order.quoteExpiresOn ? row(t.quoteExpiresOn, date(order.quoteExpiresOn)) : '',
    receipt.collectedBy
      ? text(t.collectedBy, receipt.collectedBy === 'customer' ? t.theCustomer : receipt.collectedBy)
      : '',
    returned
      ? [
          returned.number ? text(t.returnOrder, returned.number) : '',
          returned.invoiceNumber ? text(t.invoice, returned.invoiceNumber) : '',
          text(t.reason, returned.reason),
        ].join('')
      : '',
    '</table><hr>',
    `<h2>${escapeHtml(t.section[receipt.kind])}</h2>`,
    `<table>${lines}${charges}${row(t.total, money(receipt.total), 'total')}</table>`,
    receipt.vat.length > 0
      ? `<h2>${escapeHtml(t.vat)}</h2><table><tr><th>${escapeHtml(t.vatRate)}</th><th class="amount">${escapeHtml(t.net)}</th><th class="amount">${escapeHtml(t.vat)}</th><th class="amount">${escapeHtml(t.gross)}</th></tr>${vat}</table>`
      : '',
    effectRows ? `<hr><h2>${escapeHtml(t.thisOperation)}</h2><table>${effectRows}</table>` : '',
    payments ? `<h2>${escapeHtml(t.tenders)}</h2><table>${payments}</table>` : '',
    `<hr><h2>${escapeHtml(t.orderMoney)}</h2><table>`,
    row(t.money.orderTotal, money(m.orderTotal)),
    order.type === 'customerOrder' ? row(t.money.depositRequired, money(m.depositRequired)) : '',
    m.depositPaid !== 0 ? row(t.money.depositPaid, money(m.depositPaid)) : '',
    row(t.money.paid, money(m.paid)),
    m.refunded !== 0 ? row(t.money.refunded, money(m.refunded)) : '',
    m.authorizationOpen !== 0 ? row(t.money.authorizationOpen, money(m.authorizationOpen)) : '',
    m.due !== 0 ? row(t.money.due, money(m.due)) : '',
    row(t.money.balance, money(m.balance), 'total'),
    '</table>',
    receipt.invoices.some((i) => i.number)
      ? `<p>${escapeHtml(t.invoices)}: ${receipt.invoices
          .flatMap((i) => (i.number ? [escapeHtml(i.number)] : []))
          .join(', ')}</p>`
      : '',
    // R-PCK-6: the code finds the order at pickup; a cancelled order has nothing left to collect.
    order.pickupCode && order.status !== 'cancelled'
      ? `<hr><div class="store">${escapeHtml(t.pickupCode)}</div><div class="code">${escapeHtml(order.pickupCode)}</div>`
      : '',
    `<footer>${escapeHtml(t.footer)}</footer>`,
  ]
    .filter((part) => part !== '')
    .join('\n');

  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${title} ${order.number || order.confirmationNumber || ''}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<main class="receipt">\n${body}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
