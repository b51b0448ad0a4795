// The descriptor list (`examples/components.ts`) is this package's one list of components, as in
// `@civicbricks/elements` (docs/decisions/0009): every folder, registration, export, story and test file must agree
// with it, so a component cannot be half-added and the CSP and Storybook checks, which read the list, miss nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesComponents, type CasesComponentTag } from '../examples/components.js';
import * as server from '../src/server/index.js';

const root = join(import.meta.dirname, '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const pascal = (name: string): string => camel(name).charAt(0).toUpperCase() + camel(name).slice(1);

// Every tag is typed for `document.createElement`: this line stops compiling when one is missing from define.ts.
const everyTagTyped: [Exclude<CasesComponentTag, keyof HTMLElementTagNameMap>] extends [never] ? true : never = true;

describe('the cases component descriptors', () => {
  it('list every component folder once, and only those', () => {
    const folders = readdirSync(join(root, 'src')).filter((name) => existsSync(join(root, 'src', name, `${name}.ts`)));
    expect(casesComponents.map((component) => component.name).sort()).toEqual(folders.sort());
    expect(new Set(casesComponents.map((component) => component.tag)).size).toBe(casesComponents.length);
    expect(everyTagTyped).toBe(true);
  });

  it('name every server render function the server entry exports, each once', () => {
    const exported = Object.keys(server).filter((name) => name.startsWith('render'));
    expect(casesComponents.map((component) => component.render).sort()).toEqual(exported.sort());
  });

  for (const { name, tag, examples, story } of casesComponents) {
    describe(tag, () => {
      it('is registered by define and exported with its attributes from the main entry', () => {
        expect(read('src/define.ts')).toContain(`'${tag}': Civic${pascal(name)},`);
        expect(read('src/define.ts')).toContain(`'${tag}': Civic${pascal(name)};`);
        const index = read('src/index.ts');
        expect(index).toContain(`export { Civic${pascal(name)} } from './${name}/${name}.js';`);
        expect(index).toContain(`export { ${camel(name)}Attributes } from './${name}/${name}.attributes.js';`);
      });

      it('has examples, stories under its title made from them, and a browser test running the example suite', () => {
        expect(examples.length).toBeGreaterThan(0);
        const stories = readFileSync(join(root, '../../stories', `${name}.stories.ts`), 'utf8');
        expect(stories).toContain(`title: '${story}'`);
        expect(stories).toContain(`component: '${tag}'`);
        expect(stories).toContain(`/packages/cases-elements/examples/${name}.examples.js'`);
        for (const example of examples) expect(stories).toContain(`storyFrom(examples, '${example.name}'`);
        expect(read(`test/${name}.browser.test.ts`)).toMatch(/runExampleSuite\(/);
      });
    });
  }
});
