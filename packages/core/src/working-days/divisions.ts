/**
 * The UK bank-holiday divisions on their own, with nothing of the feed or its checks, so code that only
 * names a division (the workflow engine's definition checks, a form's choices) can import them cheaply
 * from `@civicbricks/core/divisions`.
 */

/**
 * The three UK bank-holiday divisions, in the order GOV.UK lists them.
 *
 * Exported as a value so forms and schemas can offer exactly these choices.
 */
export const UK_DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/**
 * A UK bank-holiday division. Bank holidays differ between them (2 January and
 * St Andrew's Day in Scotland, St Patrick's Day and 12 July in Northern Ireland,
 * no Easter Monday in Scotland), so a deadline depends on which one a service is in.
 */
export type UkDivision = (typeof UK_DIVISIONS)[number];
