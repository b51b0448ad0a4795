import type * as React from 'react';

/** What an array or object property also takes from JSX: the JSON text of one, which the element parses. */
type OrJsonText<T> = T extends object ? T | string : T;

/**
 * The props of a bare `civic-*` tag in React 19: the element's public properties (typed as the class has them),
 * its attributes by their kebab-case names (text, or `true` for a boolean attribute), `on<event-name>` listeners
 * for its own events, and what every HTML element takes (`id`, `className`, `lang`, `ref`, `children`, …).
 */
export type CivicTagProps<
  E extends HTMLElement,
  Properties extends keyof E,
  Attributes extends string,
  Listeners extends object = object,
> = Omit<React.DetailedHTMLProps<React.HTMLAttributes<E>, E>, Properties | Attributes> & {
  [K in Properties]?: OrJsonText<E[K]>;
} & { [K in Attributes]?: string | boolean } & Listeners;
