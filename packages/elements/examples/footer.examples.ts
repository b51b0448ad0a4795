import type { FooterOptions } from '../src/index.js';
import type { Example } from './types.js';

const supportLinks = [
  { text: 'Accessibility statement', href: '/accessibility' },
  { text: 'Cookies', href: '/cookies' },
  { text: 'Privacy notice', href: '/privacy' },
  { text: 'Contact us', href: '/contact' },
];

export const footerExamples: readonly Example<FooterOptions>[] = [
  {
    name: 'Council',
    options: { meta: { items: supportLinks }, copyright: { text: '© Anytown Borough Council', href: '/copyright' } },
  },
  {
    name: 'Council with content licence',
    options: {
      meta: { items: supportLinks, text: 'Anytown Borough Council, Town Hall, High Street, Anytown AN1 1AA' },
      contentLicence: { text: 'Content is available under the Open Government Licence v3.0, except where otherwise stated.' },
      copyright: { text: '© Anytown Borough Council' },
    },
  },
  { name: 'Minimal', options: {} },
  { name: 'GOV.UK branding', options: { govukBranding: true, meta: { items: supportLinks } } },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      meta: {
        items: [
          { text: 'Datganiad hygyrchedd', href: '/cy/hygyrchedd' },
          { text: 'Cwcis', href: '/cy/cwcis' },
        ],
      },
      copyright: { text: '© Cyngor Sir Ynys Môn' },
    },
  },
  { name: 'Welsh GOV.UK branding', lang: 'cy', options: { govukBranding: true, meta: { items: [{ text: 'Cwcis', href: '/cy/cwcis' }] } } },
];
