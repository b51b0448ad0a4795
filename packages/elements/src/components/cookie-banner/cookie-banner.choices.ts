/** What the person chose. Apart from the options schema, so the browser bundle never carries zod. */
export const cookieChoices = ['accept', 'reject'] as const;
export type CookieChoice = (typeof cookieChoices)[number];
