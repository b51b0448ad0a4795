import { declareMessages } from '@civicbricks/core/i18n';

export const exitThisPageMessages = declareMessages({
  en: {
    emergency: 'Emergency',
    text: 'Exit this page',
    activated: 'Loading.',
    timedOut: 'Exit this page expired.',
    pressTwoMoreTimes: 'Shift, press 2 more times to exit.',
    pressOneMoreTime: 'Shift, press 1 more time to exit.',
  },
  cy: {
    emergency: 'Argyfwng',
    text: 'Gadael y dudalen hon',
    activated: 'Yn llwytho.',
    timedOut: 'Mae’r opsiwn i adael y dudalen hon wedi dod i ben.',
    pressTwoMoreTimes: 'Shift, pwyswch ddwywaith eto i adael.',
    pressOneMoreTime: 'Shift, pwyswch unwaith eto i adael.',
  },
});

export type ExitThisPageMessageKey = keyof (typeof exitThisPageMessages)['en'];
