// Node only. GOV.UK parity measured by GOV.UK's own cases: every fixture govuk-frontend ships
// (`dist/govuk/components/<name>/fixtures.json`: a macro's options and the HTML the macro renders) is passed unchanged
// to our server render function, and the two HTML trees are compared for what a page and its users depend on.
// Used by `test/govuk-fixtures.test.ts` and by `npm run govuk-fixtures` (scripts/govuk-fixtures.mjs), which prints it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import * as server from '../../src/server.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** GOV.UK's component folder name to the render function that answers it. */
export const renderFunctionFor = {
  accordion: 'renderAccordion',
  'back-link': 'renderBackLink',
  breadcrumbs: 'renderBreadcrumbs',
  button: 'renderButton',
  'character-count': 'renderCharacterCount',
  checkboxes: 'renderCheckboxes',
  'cookie-banner': 'renderCookieBanner',
  'date-input': 'renderDateInput',
  details: 'renderDetails',
  'error-summary': 'renderErrorSummary',
  'exit-this-page': 'renderExitThisPage',
  fieldset: 'renderFieldset',
  footer: 'renderFooter',
  'generic-header': 'renderHeader',
  header: 'renderHeader',
  input: 'renderTextInput',
  'inset-text': 'renderInsetText',
  'notification-banner': 'renderNotificationBanner',
  pagination: 'renderPagination',
  panel: 'renderPanel',
  'phase-banner': 'renderPhaseBanner',
  radios: 'renderRadios',
  select: 'renderSelect',
  'service-navigation': 'renderServiceNavigation',
  'skip-link': 'renderSkipLink',
  'summary-list': 'renderSummaryList',
  table: 'renderTable',
  tabs: 'renderTabs',
  tag: 'renderTag',
  'task-list': 'renderTaskList',
  textarea: 'renderTextarea',
  'warning-text': 'renderWarningText',
} as const satisfies Record<string, keyof typeof server>;

export type GovukComponent = keyof typeof renderFunctionFor;

export interface GovukFixture {
  readonly name: string;
  readonly options: Record<string, unknown>;
  readonly html: string;
  readonly hidden?: boolean;
}

export type Outcome = 'same' | 'differ' | 'dropped' | 'threw';

export interface FixtureResult {
  readonly component: GovukComponent;
  readonly fixture: string;
  readonly outcome: Outcome;
  /** What differs, for a person: the first mismatched line of each tree, what is missing, or the error. */
  readonly detail: string;
}

const require = createRequire(import.meta.url);

/** The folder of the installed govuk-frontend's components, so an upgrade re-runs GOV.UK's own cases. */
export function govukComponentsFolder(): string {
  return join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk', 'components');
}

export function govukFrontendVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('govuk-frontend/package.json'), 'utf8')) as { version: string }).version;
}

export function readFixtures(component: GovukComponent): readonly GovukFixture[] {
  const file = join(govukComponentsFolder(), component, 'fixtures.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { fixtures: GovukFixture[] }).fixtures;
}

/** Attributes whose values a page, a form or assistive technology depends on; the rest (data-*, style hooks) are not compared. */
const comparedAttributes = new Set([
  'id',
  'name',
  'type',
  'for',
  'role',
  'href',
  'value',
  'checked',
  'selected',
  'disabled',
  'autocomplete',
  'inputmode',
  'spellcheck',
  'lang',
]);
const booleanAttributes = new Set(['checked', 'selected', 'disabled']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: ParentNode): readonly Node[] {
  // A <template>'s children live in its content fragment.
  return node.nodeName === 'template' && 'content' in node ? (node.content as ParentNode).childNodes : node.childNodes;
}

function attributeLine(element: Element): string {
  const parts: string[] = [];
  const classes = (element.attrs.find((attr) => attr.name === 'class')?.value ?? '')
    .split(/\s+/)
    .filter((name) => name.startsWith('govuk-'))
    .sort();
  if (classes.length > 0) parts.push(`class="${classes.join(' ')}"`);
  const compared = element.attrs
    .filter((attr) => comparedAttributes.has(attr.name) || attr.name.startsWith('aria-'))
    .map((attr) => (booleanAttributes.has(attr.name) ? attr.name : `${attr.name}="${attr.value.replace(/\s+/g, ' ').trim()}"`))
    .sort();
  parts.push(...compared);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/**
 * The tree as lines a person can read and a test can compare: one line per element (tag, its `govuk-*` classes
 * sorted, the compared attributes sorted) and one per run of text, whitespace-normalised, indented by depth.
 * Our own `civic-` wrapper elements are unwrapped; comments are dropped.
 */
export function canonicalLines(html: string): string[] {
  const lines: string[] = [];
  const walk = (parent: ParentNode, depth: number): void => {
    let text = '';
    const flush = (): void => {
      const normalised = text.replace(/\s+/g, ' ').trim();
      if (normalised) lines.push(`${'  '.repeat(depth)}"${normalised}"`);
      text = '';
    };
    for (const node of childrenOf(parent)) {
      if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
      else if (isElement(node)) {
        if (node.tagName.startsWith('civic-')) {
          flush();
          walk(node, depth);
          continue;
        }
        flush();
        lines.push(`${'  '.repeat(depth)}<${node.tagName}${attributeLine(node)}>`);
        walk(node, depth + 1);
      }
    }
    flush();
  };
  walk(parseFragment(html), 0);
  return lines;
}

function missingFrom(expected: readonly string[], actual: readonly string[]): string[] {
  const have = new Map<string, number>();
  for (const line of actual) have.set(line.trim(), (have.get(line.trim()) ?? 0) + 1);
  const missing: string[] = [];
  for (const line of expected) {
    const key = line.trim();
    const count = have.get(key) ?? 0;
    if (count > 0) have.set(key, count - 1);
    else missing.push(key);
  }
  return missing;
}

// An element line without its attributes, to tell a missing element from one whose classes or attributes differ.
const tagOnly = (line: string): string => line.replace(/^(\s*<[a-z0-9-]+)[^>]*>$/, '$1>');

/**
 * Compares our markup with GOV.UK's: the same lines (same); an element or a run of text of GOV.UK's that ours
 * lacks (dropped); or the same elements and text with other classes, attributes or order (differ).
 */
export function compareMarkup(expectedHtml: string, actualHtml: string): { outcome: 'same' | 'differ' | 'dropped'; detail: string } {
  const expected = canonicalLines(expectedHtml);
  const actual = canonicalLines(actualHtml);
  if (expected.join('\n') === actual.join('\n')) return { outcome: 'same', detail: '' };
  const missing = missingFrom(expected.map(tagOnly), actual.map(tagOnly));
  if (missing.length > 0) return { outcome: 'dropped', detail: `missing: ${missing.slice(0, 3).join(' | ')}` };
  const at = expected.findIndex((line, index) => line !== actual[index]);
  const index = at === -1 ? expected.length : at;
  return {
    outcome: 'differ',
    detail: `line ${index + 1}: GOV.UK ${expected[index]?.trim() ?? '(end)'} / ours ${actual[index]?.trim() ?? '(end)'}`,
  };
}

type RenderFunction = (options: never) => string;

/** GOV.UK's fixtures are of a GOV.UK service, so they render with `setServiceBranding('govuk')`, then the setting is put back. */
export function runFixture(component: GovukComponent, fixture: GovukFixture): FixtureResult {
  const render = server[renderFunctionFor[component]] as RenderFunction;
  const before = server.serviceBranding();
  let html: string;
  try {
    server.setServiceBranding('govuk');
    html = render(structuredClone(fixture.options) as never);
  } catch (error) {
    return { component, fixture: fixture.name, outcome: 'threw', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    server.setServiceBranding(before);
  }
  return { component, fixture: fixture.name, ...compareMarkup(fixture.html, html) };
}

export function runAllFixtures(): FixtureResult[] {
  const results: FixtureResult[] = [];
  for (const component of Object.keys(renderFunctionFor) as GovukComponent[]) {
    for (const fixture of readFixtures(component)) results.push(runFixture(component, fixture));
  }
  return results;
}

export type Tally = Record<Outcome, number>;

export function tally(results: readonly FixtureResult[]): { perComponent: Map<GovukComponent, Tally>; total: Tally } {
  const empty = (): Tally => ({ same: 0, differ: 0, dropped: 0, threw: 0 });
  const perComponent = new Map<GovukComponent, Tally>();
  const total = empty();
  for (const result of results) {
    const row = perComponent.get(result.component) ?? empty();
    row[result.outcome] += 1;
    total[result.outcome] += 1;
    perComponent.set(result.component, row);
  }
  return { perComponent, total };
}

/** GOV.UK components that have no render function here yet, and how many fixtures each ships. */
export function componentsWithoutCounterpart(): { component: string; fixtures: number }[] {
  const covered = new Set<string>(Object.keys(renderFunctionFor));
  return readdirComponents()
    .filter((name) => !covered.has(name))
    .map((component) => ({
      component,
      fixtures: (JSON.parse(readFileSync(join(govukComponentsFolder(), component, 'fixtures.json'), 'utf8')) as { fixtures: unknown[] })
        .fixtures.length,
    }));
}

function readdirComponents(): string[] {
  return readdirSync(govukComponentsFolder()).filter((name) => existsSync(join(govukComponentsFolder(), name, 'fixtures.json')));
}
