// Typing amounts is shared with the back office (web-kit); the cart's tests import them from here.
export { moneyInput, parseMoney } from '@kassa/web-kit/format/money-input.ts';

/** R-MON-4: the VAT in a gross amount, rounded half away from zero (amounts here are not negative). */
export const vatIn = (gross: number, rate: number) => Math.round((gross * rate) / (100 + rate));
