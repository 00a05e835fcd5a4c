import { createI18n } from 'vue-i18n';
import { nb, type MessageSchema } from './nb.js';

export function createAppI18n() {
  return createI18n<[MessageSchema], 'nb'>({
    legacy: false,
    locale: 'nb',
    fallbackLocale: 'nb',
    messages: { nb },
    numberFormats: {
      nb: {
        currency: {
          style: 'currency',
          currency: 'NOK',
          currencyDisplay: 'code',
          maximumFractionDigits: 0,
        },
      },
    },
    datetimeFormats: {
      nb: { short: { day: '2-digit', month: '2-digit', year: 'numeric' } },
    },
  });
}
