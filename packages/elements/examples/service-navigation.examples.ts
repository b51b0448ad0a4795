import type { ServiceNavigationOptions } from '../src/index.js';
import type { Example } from './types.js';

export const serviceNavigationExamples: readonly Example<ServiceNavigationOptions>[] = [
  {
    name: 'Default',
    options: {
      navigation: [
        { text: 'Bins and recycling', href: '/bins' },
        { text: 'Council tax', href: '/council-tax', current: true },
        { text: 'Parking', href: '/parking' },
      ],
    },
  },
  {
    name: 'With service name',
    options: {
      serviceName: 'Report a missed bin collection',
      serviceUrl: '/bins/missed',
      navigation: [
        { text: 'Report', href: '/bins/missed', active: true },
        { text: 'Your reports', href: '/bins/missed/reports' },
        { text: 'Sign out', href: '/sign-out' },
      ],
    },
  },
  { name: 'Service name only', options: { serviceName: 'Apply for a blue badge', serviceUrl: '/blue-badge' } },
  {
    name: 'Single item',
    options: { serviceName: 'Pay a parking fine', navigation: [{ text: 'Sign out', href: '/sign-out' }] },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      serviceName: 'Talu treth y cyngor',
      serviceUrl: '/cy/treth-cyngor',
      navigation: [
        { text: 'Talu', href: '/cy/treth-cyngor/talu', current: true },
        { text: 'Gostyngiadau', href: '/cy/treth-cyngor/gostyngiadau' },
      ],
    },
  },
];
