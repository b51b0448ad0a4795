import { declareMessages } from '@civicbricks/core/i18n';

// The licence sentence is three messages so its link can sit in the middle without HTML in a catalogue.
export const footerMessages = declareMessages({
  en: {
    supportLinks: 'Support links',
    licenceBefore: 'All content is available under the',
    licenceLink: 'Open Government Licence v3.0',
    licenceAfter: ', except where otherwise stated',
    crownCopyright: '© Crown copyright',
  },
  cy: {
    supportLinks: 'Dolenni cymorth',
    licenceBefore: 'Mae’r holl gynnwys ar gael dan y',
    licenceLink: 'Drwydded Llywodraeth Agored v3.0',
    licenceAfter: ', oni nodir yn wahanol',
    crownCopyright: '© Hawlfraint y Goron',
  },
});

export type FooterMessageKey = 'supportLinks' | 'licenceBefore' | 'licenceLink' | 'licenceAfter' | 'crownCopyright';
