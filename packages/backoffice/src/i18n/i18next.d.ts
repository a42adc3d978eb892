import 'i18next';
import type en from './en.json';

// Keys are checked against the English texts: a key missing there fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
