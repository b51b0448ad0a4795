import type { StoryObj } from '@storybook/web-components-vite';
import { applyAttributes, type AttributeMap } from '@civicbricks/elements';
import type { Example } from '../packages/elements/examples/types.js';

/** Stories are made from the same examples the accessibility tests run over, so every story is tested. */
export function storyFrom<Options>(
  examples: readonly Example<Options>[],
  name: string,
  toAttributes: (options: Options) => AttributeMap,
): StoryObj {
  const example = examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example named "${name}"`);
  return {
    name,
    args: toAttributes(example.options),
    parameters: example.lang ? { lang: example.lang } : {},
  };
}

/** Renders a `civic-` element from its attributes (the story's args). */
export function renderElement(tagName: string) {
  return (args: Record<string, unknown>): HTMLElement => {
    const element = document.createElement(tagName);
    applyAttributes(element, args as AttributeMap);
    return element;
  };
}
