// The example suite every element package runs over its examples, one call per component, as govuk-frontend runs
// one accessibility test over every fixture: axe with GOV.UK's rule tags, the accessibility tree, server/client
// parity and adoption of the server's element. Why one suite: docs/decisions/0007-shared-behaviour-suites.md.
import { expect } from '@open-wc/testing';
import type { AttributeMap } from '../../src/index.js';
import type { Example } from '../../examples/types.js';
import {
  accessibleProperties,
  cleanup,
  container,
  expectAccessible,
  parseHtml,
  renderedMarkup,
  renderElement,
  serverMarkup,
  serverRender,
  type AccessibleProperties,
} from '../../../../tests/support/browser.js';

/** Where a test puts an element: a page language (a new container with that `lang`) or a parent element. */
export type Place = string | HTMLElement;

/** A component as its tests render it: its tag, and how to put one on the page from its options. */
export interface ComponentUnderTest<E extends HTMLElement, Options> {
  readonly tag: string;
  /** Renders the element in `place` (default: a new container in English) and waits for its first render. */
  render(options: Options, place?: Place): Promise<E>;
}

/** The parent a `Place` names: a new container for a language, or the element itself. */
export function parentFor(place: Place = 'en'): HTMLElement {
  return typeof place === 'string' ? container(place) : place;
}

/**
 * A component rendered as stories and server-rendered pages set it: from the attributes its `…Attributes(options)`
 * function writes. The tag decides the element's type, from the package's `HTMLElementTagNameMap`.
 */
export function componentFromAttributes<Tag extends keyof HTMLElementTagNameMap, Options>(
  tag: Tag,
  attributes: (options: Options) => AttributeMap,
): ComponentUnderTest<HTMLElementTagNameMap[Tag], Options> {
  return {
    tag,
    render: (options, place) => renderElement<HTMLElementTagNameMap[Tag]>(tag, attributes(options), parentFor(place)),
  };
}

/** Renders the element inside a new `<form>`, for tests of what the form submits. */
export async function renderInForm<E extends HTMLElement, Options>(
  component: ComponentUnderTest<E, Options>,
  options: Options,
): Promise<{ form: HTMLFormElement; element: E }> {
  const form = document.createElement('form');
  container().append(form);
  return { form, element: await component.render(options, form) };
}

/**
 * Puts server-rendered HTML on the page as a browser meets it: parsed inertly, then `before` acts on it as the
 * person would before the script loads (types, ticks, opens), then it is adopted and the element upgrades.
 * `serverMarkup` is the server's markup as written, before `before` ran.
 */
export async function adoptServerHtml<E extends HTMLElement>(
  html: string,
  { place, before }: { readonly place?: Place; readonly before?: (serverElement: Element) => void } = {},
): Promise<{ element: E; serverMarkup: string }> {
  const serverElement = parseHtml(html);
  const markup = renderedMarkup(serverElement);
  before?.(serverElement);
  const element = document.adoptNode(serverElement) as unknown as E & { readonly updateComplete?: Promise<boolean> };
  parentFor(place).append(element);
  await element.updateComplete;
  return { element, serverMarkup: markup };
}

/** What a check of one example is given. */
export interface ExampleContext<E extends HTMLElement, Options> {
  readonly element: E;
  readonly example: Example<Options>;
  /** The example's language (`en` unless it says `cy`). */
  readonly lang: 'en' | 'cy';
  /** Role, name and description Chromium computed for the first match of `selector` inside the example's container. */
  tree(selector: string): Promise<AccessibleProperties>;
}

export interface ParityContext<E extends HTMLElement, Options> extends ExampleContext<E, Options> {
  /** The server render function's bare markup for the example, parsed into one `<div>`. */
  readonly server: Element;
}

export type MoreCheck<E extends HTMLElement, Options> =
  | ((context: ExampleContext<E, Options>) => Promise<void> | void)
  | {
      readonly beforeRender: () => Promise<void>;
      readonly check: (context: ExampleContext<E, Options>) => Promise<void> | void;
    };

export interface ExampleSuite<E extends HTMLElement, Options> {
  /** The accessibility-tree test: the roles, names and descriptions the example must have in Chromium's tree. */
  readonly accessibility: {
    readonly title: string;
    check(context: ExampleContext<E, Options>): Promise<void> | void;
  };
  /** Brings the element to another state that axe checks as well (an accordion with every section open). */
  readonly axeAlso?: (element: E) => Promise<void>;
  /** Server/client parity, for a component with a server render function (`render<server>` in `…/server`). */
  readonly parity?: {
    /** The server render function's name without `render`: `TextInput` for `renderTextInput`. */
    readonly server: string;
    /** The options the server render function takes, where they differ from the client's. */
    readonly serverOptions?: (options: Options) => unknown;
    readonly title?: string;
    /** The client render as the server would write it (what govuk-frontend's script adds taken away); default as is. */
    readonly client?: (element: E) => string;
    /** The server render as markup to compare; default as is. */
    readonly serverMarkup?: (server: Element) => string;
    /** Further checks of the pair (the live value, what the server leaves out). */
    readonly check?: (context: ParityContext<E, Options>) => Promise<void> | void;
  };
  /** Further tests every example must pass, by title; `beforeRender` sets the page up first (a narrow viewport). */
  readonly more?: Readonly<Record<string, MoreCheck<E, Options>>>;
}

// The container of the example under test: tree selectors are scoped to it, so ids inside the element stay its own.
const exampleContainerId = 'example-under-test';

async function renderExample<E extends HTMLElement, Options>(
  component: ComponentUnderTest<E, Options>,
  example: Example<Options>,
): Promise<ExampleContext<E, Options>> {
  const lang = example.lang ?? 'en';
  const parent = container(lang);
  parent.id = exampleContainerId;
  const element = await component.render(example.options, parent);
  return {
    element,
    example,
    lang,
    tree: (selector) => accessibleProperties(`#${exampleContainerId} ${selector}`),
  };
}

/**
 * Defines, for every example of a component, its axe test (once per example), its accessibility-tree test, where it
 * has a server render function its server/client parity and adoption tests, and the `more` tests. Call inside the
 * component's `describe`.
 */
export function runExampleSuite<E extends HTMLElement, Options>(
  component: ComponentUnderTest<E, Options>,
  examples: readonly Example<Options>[],
  suite: ExampleSuite<E, Options>,
): void {
  if (examples.length === 0) throw new Error(`${component.tag} has no examples to test`);
  describe(`examples of <${component.tag}>`, () => {
    afterEach(cleanup);

    for (const example of examples) {
      describe(`example "${example.name}"`, () => {
        it('has no axe violations', async () => {
          const { element } = await renderExample(component, example);
          await expectAccessible(element.parentElement);
          if (suite.axeAlso) {
            await suite.axeAlso(element);
            await expectAccessible(element.parentElement);
          }
        });

        it(suite.accessibility.title, async () => {
          await suite.accessibility.check(await renderExample(component, example));
        });

        const parity = suite.parity;
        if (parity) {
          const lang = example.lang ?? 'en';
          const serverOptions = async (): Promise<unknown> =>
            parity.serverOptions ? await parity.serverOptions(example.options) : example.options;
          const asClient = (element: E): string => (parity.client ? parity.client(element) : renderedMarkup(element));
          const asServer = (server: Element): string => (parity.serverMarkup ? parity.serverMarkup(server) : renderedMarkup(server));

          it(parity.title ?? 'renders exactly what the server render function renders', async () => {
            const context = await renderExample(component, example);
            const server = await serverMarkup(parity.server, await serverOptions(), lang);
            expect(asClient(context.element)).to.equal(asServer(server));
            await parity.check?.({ ...context, server });
          });

          it('adopts the server-rendered element as it is, without rendering its markup twice', async () => {
            const html = await serverRender(parity.server, await serverOptions(), { lang });
            const { element } = await adoptServerHtml<E>(html, { place: lang });
            expect(element.localName).to.equal(component.tag);
            expect(asClient(element)).to.equal(asServer(await serverMarkup(parity.server, await serverOptions(), lang)));
          });
        }

        for (const [title, more] of Object.entries(suite.more ?? {})) {
          it(title, async () => {
            if (typeof more === 'function') {
              await more(await renderExample(component, example));
              return;
            }
            await more.beforeRender();
            await more.check(await renderExample(component, example));
          });
        }
      });
    }
  });
}

/** Waits for a change of a `lang` attribute to reach the elements below it (they observe it), and their render. */
export async function afterLangChange(element: HTMLElement & { updateComplete?: Promise<boolean> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}
