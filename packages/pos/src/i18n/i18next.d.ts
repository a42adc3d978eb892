import 'i18next';
import type ordersEn from '@kassa/web-kit/orders/i18n/en.json';
import type en from './en.json';

// Keys are checked against the English texts: a key missing there fails to compile. The orders texts
// web-kit shares with the back office are read with `{ ns: 'orders' }` (web-kit's orders-text.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en; orders: typeof ordersEn };
  }
}
