import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-case-summary>` owns, in English and Welsh. */
export const caseSummaryMessages = declareMessages({
  en: {
    caption: 'Case %{reference}',
    reference: 'Reference',
    status: 'Status',
    lead: 'Lead professional',
    notAllocated: 'Not allocated',
    leadWithOrganisation: '%{name}, %{organisation}',
    flags: 'Flags',
    noFlags: 'None',
    safeguarding: 'Safeguarding',
    vulnerable: 'Vulnerable',
    urgent: 'Urgent',
    dueDate: 'Due date',
    due: 'Due by %{date}',
    overdue: 'Overdue',
    overdueSince: 'was due by %{date}',
    met: 'Met: due by %{date}',
    missed: 'Missed: was due by %{date}',
  },
  cy: {
    caption: 'Achos %{reference}',
    reference: 'Cyfeirnod',
    status: 'Statws',
    lead: 'Gweithiwr proffesiynol arweiniol',
    notAllocated: 'Heb ei ddyrannu',
    leadWithOrganisation: '%{name}, %{organisation}',
    flags: 'Baneri',
    noFlags: 'Dim',
    safeguarding: 'Diogelu',
    vulnerable: 'Agored i niwed',
    urgent: 'Brys',
    dueDate: 'Dyddiad erbyn',
    due: 'Erbyn %{date}',
    overdue: 'Hwyr',
    overdueSince: 'roedd angen erbyn %{date}',
    met: 'Wedi’i gyflawni: erbyn %{date}',
    missed: 'Wedi’i fethu: roedd angen erbyn %{date}',
  },
});

export type CaseSummaryMessageKey = keyof typeof caseSummaryMessages.en;
