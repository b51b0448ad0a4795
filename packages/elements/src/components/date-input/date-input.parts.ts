/** The three parts of a date, in the order GOV.UK shows them. Apart from the options schema, so the browser bundle never carries zod. */
export const dateParts = ['day', 'month', 'year'] as const;
export type DatePart = (typeof dateParts)[number];
