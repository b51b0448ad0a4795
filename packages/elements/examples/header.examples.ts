import type { HeaderOptions } from '../src/index.js';
import type { Example } from './types.js';

export const headerExamples: readonly Example<HeaderOptions>[] = [
  { name: 'Council name', options: { organisationName: 'Anytown Borough Council', homepageUrl: 'https://www.anytown.gov.uk/' } },
  {
    name: 'With service name',
    options: {
      organisationName: 'Anytown Borough Council',
      homepageUrl: 'https://www.anytown.gov.uk/',
      serviceName: 'Report a missed bin collection',
      serviceUrl: '/bins/missed',
    },
  },
  {
    name: 'With logo',
    options: {
      logoUrl: '/images/anytown-logo.svg',
      logoAlt: 'Anytown Borough Council',
      homepageUrl: '/',
      serviceName: 'Apply for a parking permit',
    },
  },
  { name: 'GOV.UK branding', options: { govukBranding: true, serviceName: 'Register to vote', serviceUrl: '/register-to-vote' } },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      organisationName: 'Cyngor Sir Ynys Môn',
      homepageUrl: '/cy',
      serviceName: 'Talu treth y cyngor',
      serviceUrl: '/cy/treth-cyngor',
    },
  },
];
