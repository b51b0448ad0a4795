/**
 * English and Welsh for the words a journey's pages own: buttons, headings, the back link and the
 * pages shown when something goes wrong. The questions' own wording comes from the journey definition
 * and the validation messages from `@civicbricks/registration`.
 */
import { defineMessages, type MessageKey } from '@civicbricks/core/i18n';

export const journeyMessages = defineMessages({
  en: {
    continue: 'Continue',
    back: 'Back',
    backLandmark: 'Previous page',
    errorTitlePrefix: 'Error: ',
    errorPrefix: 'Error:',
    selectChoose: 'Choose an answer',
    checkAnswersTitle: 'Check your answers before sending your application',
    checkAnswersSend: 'Now send your application',
    checkAnswersDeclaration:
      'By sending this application you are confirming that, to the best of your knowledge, the details you are providing are correct.',
    change: 'Change',
    acceptAndSend: 'Accept and send',
    confirmationReference: 'Your reference number',
    addAnother: 'Add another',
    remove: 'Remove',
    itemLegend: 'Answer %{number}',
    saveForLater: 'Save and come back later',
    savedTitle: 'Your answers have been saved',
    savedBody:
      'Use this link to come back to your answers. It works until %{date}. Keep it private: anyone with the link can see and change your answers.',
    linkRefusedTitle: 'This link cannot be used',
    startAgain: 'Start again',
    sendFailed: 'Your answers could not be sent. Check your connection and try again.',
    pageNotSavedTitle: 'Sorry, we could not save that page',
    problemTitle: 'Sorry, there is a problem with the service',
    problemBody: 'Try again later.',
    pageTooLargeTitle: 'Your answers could not be saved',
    pageTooLargeBody: 'The page sent more than this service can take. Go back to the page and try again with shorter answers.',
    goBackToPage: 'Go back to the page',
    sessionExpired:
      'The page was open too long, or the form was sent from somewhere else. Your earlier answers are kept: go back to the page and enter its answers again.',
    pageNotFound: 'Page not found',
    pageNotFoundBody: 'If you typed the web address, check it is correct.',
    notPrefilledNotice:
      'We have filled this in from the details you gave us before. Check it is still right, change it if not, then continue.',
    language: 'Cymraeg',
    firstName: 'First name',
    lastName: 'Last name',
    addressLine1: 'Address line 1',
    addressLine2: 'Address line 2 (optional)',
    addressTown: 'Town or city',
    addressCounty: 'County (optional)',
    addressPostcode: 'Postcode',
  },
  cy: {
    continue: 'Parhau',
    back: 'Yn ôl',
    backLandmark: 'Tudalen flaenorol',
    errorTitlePrefix: 'Gwall: ',
    errorPrefix: 'Gwall:',
    selectChoose: 'Dewiswch ateb',
    checkAnswersTitle: 'Gwiriwch eich atebion cyn anfon eich cais',
    checkAnswersSend: 'Nawr anfonwch eich cais',
    checkAnswersDeclaration:
      'Drwy anfon y cais hwn rydych yn cadarnhau bod y manylion rydych yn eu darparu yn gywir, hyd eithaf eich gwybodaeth.',
    change: 'Newid',
    acceptAndSend: 'Derbyn ac anfon',
    confirmationReference: 'Eich cyfeirnod',
    addAnother: 'Ychwanegu un arall',
    remove: 'Tynnu',
    itemLegend: 'Ateb %{number}',
    saveForLater: 'Cadw a dod yn ôl nes ymlaen',
    savedTitle: 'Mae eich atebion wedi cael eu cadw',
    savedBody:
      'Defnyddiwch y ddolen hon i ddod yn ôl at eich atebion. Mae’n gweithio tan %{date}. Cadwch hi’n breifat: gall unrhyw un sydd â’r ddolen weld a newid eich atebion.',
    linkRefusedTitle: 'Ni ellir defnyddio’r ddolen hon',
    startAgain: 'Dechrau eto',
    sendFailed: 'Nid oedd modd anfon eich atebion. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    pageNotSavedTitle: 'Mae’n ddrwg gennym, nid oedd modd cadw’r dudalen honno',
    problemTitle: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth',
    problemBody: 'Rhowch gynnig arall arni yn nes ymlaen.',
    pageTooLargeTitle: 'Nid oedd modd cadw eich atebion',
    pageTooLargeBody:
      'Anfonodd y dudalen fwy nag y gall y gwasanaeth hwn ei dderbyn. Ewch yn ôl i’r dudalen a rhowch gynnig arall arni gydag atebion byrrach.',
    goBackToPage: 'Mynd yn ôl i’r dudalen',
    sessionExpired:
      'Roedd y dudalen ar agor yn rhy hir, neu anfonwyd y ffurflen o rywle arall. Mae eich atebion cynharach wedi’u cadw: ewch yn ôl i’r dudalen a rhowch ei hatebion eto.',
    pageNotFound: 'Heb ddod o hyd i’r dudalen',
    pageNotFoundBody: 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
    notPrefilledNotice:
      'Rydym wedi llenwi hwn o’r manylion a roesoch i ni o’r blaen. Gwiriwch ei fod yn dal yn gywir, newidiwch ef os nad yw, ac yna parhewch.',
    language: 'English',
    firstName: 'Enw cyntaf',
    lastName: 'Cyfenw',
    addressLine1: 'Llinell 1 y cyfeiriad',
    addressLine2: 'Llinell 2 y cyfeiriad (dewisol)',
    addressTown: 'Tref neu ddinas',
    addressCounty: 'Sir (dewisol)',
    addressPostcode: 'Cod post',
  },
});

export type JourneyMessageKey = MessageKey<typeof journeyMessages>;

/** The date a resume link stops working, as the saved page says it ("21 December 2026"). */
export function formatExpiry(expiresAt: string, locale: 'en' | 'cy'): string {
  return new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }).format(
    new Date(expiresAt),
  );
}
