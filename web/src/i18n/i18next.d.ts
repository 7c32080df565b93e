import 'i18next';
import type { RESOURCES } from './resources.js';

// Typed keys: `t('dashboard:title')` fails to compile when the key is not in the Indonesian files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof RESOURCES)['id'];
  }
}
