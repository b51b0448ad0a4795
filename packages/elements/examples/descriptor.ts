import type { AttributeMap } from '../src/lib/attributes.js';
import type * as server from '../src/server.js';
import type { Example } from './types.js';

/** The name of each server render function `@civicbricks/elements/server` exports (`renderTextInput`). */
export type ServerRenderName = {
  [Name in keyof typeof server]: Name extends `render${string}`
    ? (typeof server)[Name] extends (...args: never[]) => string
      ? Name
      : never
    : never;
}[keyof typeof server];

/**
 * One component, as the tests, the stories and the registration checks see it. Browser-safe and free of zod: it
 * names the server render function rather than importing it (a type-only import checks the name), so a browser
 * test can read it without pulling Lit's server renderer.
 */
export interface ComponentDescriptor<Name extends string = string, Options = never> {
  /** The folder under `src/components/`, the examples and the story file: `text-input`. */
  readonly name: Name;
  /** The custom element's tag: `civic-` and the name. */
  readonly tag: `civic-${Name}`;
  /** Options to the attributes that render the same markup (stories and tests render through them). */
  readonly attributes: (options: Options) => AttributeMap;
  /** The export of `@civicbricks/elements/server` that renders it as HTML. */
  readonly render: ServerRenderName;
  readonly examples: readonly Example<Options>[];
  /** The Storybook title, `Group/Name`, that `stories/<name>.stories.ts` declares. */
  readonly story: `${string}/${string}`;
}

/** A component's descriptor, its tag made from its name so the two cannot disagree. */
export function describeComponent<const Name extends string, Options>(
  descriptor: Omit<ComponentDescriptor<Name, Options>, 'tag'>,
): ComponentDescriptor<Name, Options> {
  return { ...descriptor, tag: `civic-${descriptor.name}` };
}
