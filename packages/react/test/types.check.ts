// Compile-time checks, run by the type-check step (`tsc -p tsconfig.json`): each `@ts-expect-error` fails the
// build if the line below it stops being an error, so the typings cannot quietly turn into `any`.
import { createElement, type JSX } from 'react';
import type { CivicSelect as CivicSelectElement, CivicSortEvent } from '@civicbricks/elements';
import type { JourneySubmitDetail } from '@civicbricks/registration-elements';
import type { CivicCookieBanner, CivicSelect, CivicTable } from '../src/index.js';
import type { CivicJourney } from '../src/registration-elements.js';
import '../src/jsx/elements.js';
import '../src/jsx/registration-elements.js';

declare const Select: typeof CivicSelect;
declare const Table: typeof CivicTable;
declare const Banner: typeof CivicCookieBanner;
declare const Journey: typeof CivicJourney;

// Wrappers: props typed from the element class, events from the manifest.
createElement(Select, { name: 'ward', label: 'Ward', items: [{ value: 'canton', text: 'Canton' }], onChange: (event: Event) => event });
// @ts-expect-error items is an array of options, not a number
createElement(Select, { name: 'ward', items: 3 });
// @ts-expect-error a select's label is text
createElement(Select, { label: 42 });
createElement(Table, { onCivicSort: (event) => event.column satisfies number });
createElement(Banner, { onCivicCookieChoice: (event) => event.choice });
// @ts-expect-error the sort event has no `choice`
createElement(Table, { onCivicSort: (event) => event.choice });
createElement(Journey, { onCivicJourneySubmit: (event) => event.detail satisfies JourneySubmitDetail });

// Bare tags: properties, JSON text for arrays and objects, kebab-case attributes, `on<event>` listeners.
const select: JSX.IntrinsicElements['civic-select'] = {
  name: 'ward',
  items: '[{"value":"canton","text":"Canton"}]',
  'label-size': 'm',
  ref: (element: CivicSelectElement | null) => element?.focus(),
  onChange: (event) => event.currentTarget.value satisfies string,
};
const table: JSX.IntrinsicElements['civic-table'] = { 'oncivic-sort': (event: CivicSortEvent) => event.direction };
// @ts-expect-error a bare select's name is text
const wrongName: JSX.IntrinsicElements['civic-select'] = { name: 42 };
// @ts-expect-error no such element
const unknownTag: JSX.IntrinsicElements['civic-no-such-thing'] = {};
// @ts-expect-error the listener gets the sort event, not a number
const wrongListener: JSX.IntrinsicElements['civic-table'] = { 'oncivic-sort': (event: number) => event };
const journey: JSX.IntrinsicElements['civic-journey'] = { 'oncivic-journey-submit': (event) => event.detail satisfies JourneySubmitDetail };

export { select, table, wrongName, unknownTag, wrongListener, journey };
