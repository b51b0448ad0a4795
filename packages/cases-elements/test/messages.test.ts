// The catalogues are declared (declareMessages), so nothing checks them when they are imported: this is where
// each one is checked, in English and Welsh, by defineMessages (which throws on any problem).
import { describe, expect, it } from 'vitest';
import { defineMessages, type Catalogue } from '@civicbricks/core/i18n';
import {
  assignFormMessages,
  caseListMessages,
  caseSummaryMessages,
  sideNavigationMessages,
  subNavigationMessages,
  timelineMessages,
  transferFormMessages,
} from '../src/index.js';

describe('cases-elements message catalogues', () => {
  const catalogues: Record<string, Catalogue> = {
    caseListMessages,
    timelineMessages,
    caseSummaryMessages,
    assignFormMessages,
    transferFormMessages,
    sideNavigationMessages,
    subNavigationMessages,
  };
  for (const [name, catalogue] of Object.entries(catalogues)) {
    it(`${name} passes defineMessages' checks`, () => {
      expect(() => defineMessages(catalogue)).not.toThrow();
    });
  }
});
