// `npm run new:component <name> [-- --group "Storybook group"]`: creates a working `civic-<name>` element in
// packages/elements (options, template, attributes, class, messages, server renderer, examples, story, browser test)
// and registers it in the descriptor list, define, the main entry and the server entry. The new element renders a
// block of text behind a visually hidden prefix, in English and Welsh; change it into the component you need and
// the generated tests tell you what still holds. Why one command: docs/decisions/0009-component-descriptors.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const namePattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `task-list` → `taskList`, `TaskList` and `Task list`. */
export function componentNames(name) {
  if (!namePattern.test(name))
    throw new Error(`"${name}" is not a component name: use lower case words joined by hyphens, such as task-list`);
  const camel = name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
  const pascal = camel[0].toUpperCase() + camel.slice(1);
  const title = name.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase());
  return { name, camel, pascal, title, tag: `civic-${name}`, code: name.replace(/-/g, '_') };
}

/** Every file the component needs, by path from the repository root. */
export function componentFiles({ name, camel, pascal, title, tag, code }, group) {
  const dir = `packages/elements/src/components/${name}`;
  return {
    [`${dir}/${name}.options.ts`]: `import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const ${camel}OptionsSchema = z.object({
  /** Plain text only: no \`html\` option, because there is no sanitiser. */
  text: z.string().check(z.minLength(1, '${title} needs text')),
  /** What screen readers hear before the text. Defaults to the catalogue's \`prefix\`. */
  prefixText: z.optional(z.string()),
});

/** Options for the ${title.toLowerCase()}. */
export type ${pascal}Options = z.infer<typeof ${camel}OptionsSchema>;
`,
    [`${dir}/${name}.messages.ts`]: `import { declareMessages } from '@civicbricks/core/i18n';

export const ${camel}Messages = declareMessages({
  en: { prefix: 'Note' },
  cy: { prefix: 'Nodyn' },
});
`,
    [`${dir}/${name}.template.ts`]: `import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import type { ${pascal}Options } from './${name}.options.js';

/** The ${title.toLowerCase()}: its text, after a prefix only screen readers hear. */
export function ${camel}Template(options: ${pascal}Options, t: Translator<'prefix'>): TemplateResult {
  return html\`<div class="govuk-${name}">
    <span class="govuk-visually-hidden">\${options.prefixText || t('prefix')}</span>\${\` \${options.text}\`}
  </div>\`;
}
`,
    [`${dir}/${name}.attributes.ts`]: `import type { AttributeMap } from '../../lib/attributes.js';
import type { ${pascal}Options } from './${name}.options.js';

/** The \`<${tag}>\` attributes that render the same markup as these options. */
export function ${camel}Attributes(options: ${pascal}Options): AttributeMap {
  return { text: options.text, 'prefix-text': options.prefixText };
}
`,
    [`${dir}/${name}.ts`]: `import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { ${camel}Messages } from './${name}.messages.js';
import { ${camel}Template } from './${name}.template.js';
import type { ${pascal}Options } from './${name}.options.js';

/**
 * @tagname ${tag}
 * @summary The ${title.toLowerCase()}: a block of text after a prefix only screen readers hear.
 *
 * Give the text as the \`text\` attribute or as the element's own text; change the prefix with \`prefix-text\` or
 * \`messages='{"prefix": "…"}'\`.
 */
export class Civic${pascal} extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-${name}';

  @property() text = '';
  /** What screen readers hear before the text; defaults to "Note" or its Welsh translation. */
  @property({ attribute: 'prefix-text' }) prefixText: string | undefined;

  override connectedCallback(): void {
    if (!this.text) this.text = this.takeTextContent();
    super.connectedCallback();
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (this.text) return;
    // The block holds the visually hidden prefix then the text; only the text is ours to keep.
    const block = serverRoot.querySelector('.govuk-${name}');
    const prefix = block?.querySelector('.govuk-visually-hidden')?.textContent ?? '';
    this.text = (block?.textContent ?? '').trim().slice(prefix.length).trim();
  }

  get options(): ${pascal}Options {
    return { text: this.text, prefixText: this.prefixText };
  }

  protected override render(): TemplateResult {
    return ${camel}Template(this.options, translatorFor(${camel}Messages, this.locale, this.messages));
  }
}
`,
    [`${dir}/${name}.server.ts`]: `import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { ${camel}Attributes } from './${name}.attributes.js';
import { ${camel}Messages } from './${name}.messages.js';
import { ${camel}OptionsSchema, type ${pascal}Options } from './${name}.options.js';
import { ${camel}Template } from './${name}.template.js';

/** Renders the ${title.toLowerCase()} as HTML. */
export function render${pascal}(options: ${pascal}Options, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: '${tag}',
      schema: ${camel}OptionsSchema,
      codePrefix: 'elements.${code}',
      what: '${title.toLowerCase()} options',
      catalogue: ${camel}Messages,
      template: ${camel}Template,
      attributes: ${camel}Attributes,
    },
    options,
    context,
  );
}
`,
    [`packages/elements/examples/${name}.examples.ts`]: `import type { ${pascal}Options } from '../src/index.js';
import type { Example } from './types.js';

export const ${camel}Examples: readonly Example<${pascal}Options>[] = [
  { name: 'Default', options: { text: 'You can change your answers before you send the form.' } },
  { name: 'With prefix', options: { text: 'The office is closed on bank holidays.', prefixText: 'Important' } },
  { name: 'Welsh', lang: 'cy', options: { text: 'Gallwch newid eich atebion cyn i chi anfon y ffurflen.' } },
];
`,
    [`stories/${name}.stories.ts`]: `import type { Meta } from '@storybook/web-components-vite';
import { ${camel}Attributes } from '@civicbricks/elements';
import { ${camel}Examples as examples } from '../packages/elements/examples/${name}.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: '${group}/${title}', component: '${tag}', render: renderElement('${tag}') };
export default meta;

export const Default = storyFrom(examples, 'Default', ${camel}Attributes);
export const WithPrefix = storyFrom(examples, 'With prefix', ${camel}Attributes);
export const Welsh = storyFrom(examples, 'Welsh', ${camel}Attributes);
`,
    [`packages/elements/test/${name}.browser.test.ts`]: `import { expect } from '@open-wc/testing';
import '../src/define.js';
import { ${camel}Attributes } from '../src/index.js';
import { ${camel}Examples } from '../examples/${name}.examples.js';
import { accessibleProperties, cleanup, container } from '../../../tests/support/browser.js';
import { afterLangChange, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const ${camel} = componentFromAttributes('${tag}', ${camel}Attributes);

/** What a screen reader reads for the block: an input it describes gets its text as the accessibility tree computes it. */
async function spokenText(element: HTMLElement): Promise<string> {
  const block = element.querySelector<HTMLElement>('.govuk-${name}')!;
  block.id = '${name}-under-test';
  const probe = document.createElement('input');
  probe.id = '${name}-probe';
  probe.setAttribute('aria-label', 'Probe');
  probe.setAttribute('aria-describedby', block.id);
  element.after(probe);
  const { description } = await accessibleProperties('#${name}-probe');
  probe.remove();
  block.removeAttribute('id');
  // govuk-visually-hidden adds spaces around its text (::before/::after); screen readers collapse them.
  return description.replace(/\\s+/g, ' ').trim();
}

describe('<${tag}>', () => {
  afterEach(cleanup);

  runExampleSuite(${camel}, ${camel}Examples, {
    accessibility: {
      title: 'reads the prefix, then the text',
      async check({ element, example, lang }) {
        const prefix = example.options.prefixText ?? (lang === 'cy' ? 'Nodyn' : 'Note');
        expect(await spokenText(element)).to.equal(\`\${prefix} \${example.options.text}\`);
      },
    },
    parity: { server: '${pascal}' },
  });

  it('takes its text from its content', async () => {
    const element = document.createElement('${tag}');
    element.textContent = ' Bring your letter with you. ';
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-${name}')).to.have.length(1);
    expect(await spokenText(element)).to.equal('Note Bring your letter with you.');
  });

  it('speaks Welsh when the page language changes, and lets one instance change its prefix', async () => {
    const element = await ${camel}.render(${camel}Examples[0]!.options);
    const prefix = (): string | null | undefined => element.querySelector('.govuk-visually-hidden')?.textContent;
    expect(prefix()).to.equal('Note');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(prefix()).to.equal('Nodyn');
    element.messages = { prefix: 'Sylw' };
    await element.updateComplete;
    expect(prefix()).to.equal('Sylw');
  });
});
`,
  };
}

/** Inserts `text` before the first line of `file` matching `anchor`; throws if the anchor is gone, so nothing is half-registered. */
function insertBefore(source, anchor, text, file) {
  const index = source.search(anchor);
  if (index < 0) throw new Error(`Cannot register the component: ${file} no longer has ${anchor}`);
  return source.slice(0, index) + text + source.slice(index);
}

/** The edits that register the component, as new contents by path. */
export function registrations(root, { name, camel, pascal, tag }, group, title) {
  const read = (path) => readFileSync(join(root, path), 'utf8');
  const define = 'packages/elements/src/define.ts';
  const index = 'packages/elements/src/index.ts';
  const server = 'packages/elements/src/server.ts';
  const descriptors = 'packages/elements/examples/components.ts';
  let defineSource = read(define);
  defineSource = insertBefore(
    defineSource,
    /^import \{ defineElement \}/m,
    `import { Civic${pascal} } from './components/${name}/${name}.js';\n`,
    define,
  );
  // Before the fieldset, which must stay last (it moves the controls inside it once they have upgraded).
  defineSource = insertBefore(defineSource, /^ {2}\/\/ After the controls/m, `  '${tag}': Civic${pascal},\n`, define);
  defineSource = insertBefore(defineSource, /^ {4}'civic-fieldset': CivicFieldset;/m, `    '${tag}': Civic${pascal};\n`, define);
  let descriptorSource = read(descriptors);
  descriptorSource = insertBefore(
    descriptorSource,
    /^import \{ describeComponent \}/m,
    `import { ${camel}Attributes } from '../src/components/${name}/${name}.attributes.js';\nimport { ${camel}Examples } from './${name}.examples.js';\n`,
    descriptors,
  );
  descriptorSource = insertBefore(
    descriptorSource,
    /^ {2}describeComponent\(\{\n {4}name: 'fieldset',/m,
    `  describeComponent({\n    name: '${name}',\n    attributes: ${camel}Attributes,\n    render: 'render${pascal}',\n    examples: ${camel}Examples,\n    story: '${group}/${title}',\n  }),\n`,
    descriptors,
  );
  return {
    [define]: defineSource,
    [index]: `${read(index)}export { ${camel}Attributes } from './components/${name}/${name}.attributes.js';
export { Civic${pascal} } from './components/${name}/${name}.js';
export { ${camel}Template } from './components/${name}/${name}.template.js';
export type { ${pascal}Options } from './components/${name}/${name}.options.js';
export { ${camel}Messages } from './components/${name}/${name}.messages.js';
`,
    [server]: `${read(server)}export { render${pascal} } from './components/${name}/${name}.server.js';\n`,
    [descriptors]: descriptorSource,
  };
}

/** Creates the component under `root` and returns the paths it wrote. */
export function newComponent(root, name, { group = 'Content' } = {}) {
  const names = componentNames(name);
  if (existsSync(join(root, 'packages/elements/src/components', name)) || name === 'field')
    throw new Error(`packages/elements/src/components/${name} already exists`);
  const files = componentFiles(names, group);
  for (const path of Object.keys(files)) if (existsSync(join(root, path))) throw new Error(`${path} already exists`);
  // Every edit is worked out before anything is written, so a failed registration leaves the tree as it was.
  const edits = { ...registrations(root, names, group, names.title), ...files };
  for (const [path, contents] of Object.entries(edits)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  return Object.keys(edits);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { group: { type: 'string', default: 'Content' }, root: { type: 'string' } },
  });
  const [name] = positionals;
  if (!name || positionals.length > 1) {
    console.error('Usage: npm run new:component <name> [-- --group "Form controls"]   (name: lower case words joined by hyphens)');
    process.exit(1);
  }
  const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
  try {
    const written = newComponent(root, name, { group: values.group });
    console.log(`Created <civic-${name}>:\n${written.map((path) => `  ${relative(root, join(root, path))}`).join('\n')}`);
    console.log(
      `\nNext: make it the component you need, run its tests (pnpm exec web-test-runner "packages/elements/test/${name}.browser.test.ts"), and add a changeset (npm run changeset).`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
