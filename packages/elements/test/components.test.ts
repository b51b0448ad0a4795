// The descriptor list (`examples/components.ts`) is the one list of components: every folder, registration, export,
// story and test file must agree with it, so a component cannot be half-added. Why: docs/decisions/0009.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { components, type ComponentTag } from '../examples/components.js';

const elements = join(import.meta.dirname, '..');
const read = (path: string): string => readFileSync(join(elements, path), 'utf8');
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const pascal = (name: string): string => camel(name).charAt(0).toUpperCase() + camel(name).slice(1);

// Every tag is typed for `document.createElement`: this line stops compiling when one is missing from define.ts.
const everyTagTyped: [Exclude<ComponentTag, keyof HTMLElementTagNameMap>] extends [never] ? true : never = true;

describe('the component descriptors', () => {
  it('list every component folder once, and only those', () => {
    const folders = readdirSync(join(elements, 'src/components')).filter((name) =>
      existsSync(join(elements, 'src/components', name, `${name}.ts`)),
    );
    expect(components.map((component) => component.name).sort()).toEqual(folders.sort());
    expect(new Set(components.map((component) => component.tag)).size).toBe(components.length);
    expect(everyTagTyped).toBe(true);
  });

  it('name every server render function `@civicbricks/elements/server` exports, each once', () => {
    const exported = [...read('src/server.ts').matchAll(/export \{ (render\w+) \}/g)].map((match) => match[1]);
    expect(components.map((component) => component.render).sort()).toEqual(exported.sort());
  });

  for (const { name, tag, render, examples, story } of components) {
    describe(tag, () => {
      it('is registered by define, exported with its attributes from the main entry, and rendered by the server entry', () => {
        expect(read('src/define.ts')).toContain(`'${tag}': Civic${pascal(name)},`);
        expect(read('src/define.ts')).toContain(`'${tag}': Civic${pascal(name)};`);
        const index = read('src/index.ts');
        expect(index).toMatch(new RegExp(`export \\{[^}]*\\bCivic${pascal(name)}\\b[^}]*\\} from './components/${name}/${name}\\.js'`));
        expect(index).toContain(`export { ${camel(name)}Attributes } from './components/${name}/${name}.attributes.js';`);
        expect(read('src/server.ts')).toContain(`export { ${render} } from './components/${name}/${name}.server.js';`);
      });

      it('has examples, stories under its title made from them, and a browser test running the example suite', () => {
        expect(examples.length).toBeGreaterThan(0);
        const stories = readFileSync(join(elements, '../../stories', `${name}.stories.ts`), 'utf8');
        expect(stories).toContain(`title: '${story}'`);
        expect(stories).toContain(`component: '${tag}'`);
        expect(stories).toContain(`/packages/elements/examples/${name}.examples.js'`);
        expect(read(`test/${name}.browser.test.ts`)).toMatch(/runExampleSuite\(/);
      });
    });
  }
});
