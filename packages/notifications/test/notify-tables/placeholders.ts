/**
 * Placeholders filled as GOV.UK Notify fills them: values, conditional content, lists and missing values.
 *
 * Source (written out by hand from what the tests assert; no code copied): alphagov/notifications-utils
 * `tests/test_field.py` at 03725132 (`test_returns_a_string_without_placeholders`,
 * `test_replacement_of_placeholders`, `test_handling_of_missing_values` and `test_PlainTextField` as plain
 * text, `test_what_will_(not_)trigger_conditional_placeholder`, `test_field_renders_lists_as_strings`) and
 * `tests/test_placeholders.py` at 03c93a09.
 *
 * Left out, on purpose: the rows whose expected text is HTML-escaped (escaping is the HTML step's job here,
 * tested in templates.test.ts), `0.0` (JSON has no float zero apart from 0), dictionaries and nested lists
 * (not values a template takes here), and `::unsafe` placeholders (Notify's Markdown escaping of a value;
 * values are never formatted here unless the template marks them).
 */
export type Value = string | number | boolean | null | readonly (string | number | boolean | null)[];

export interface FillCase {
  readonly content: string;
  readonly values: Readonly<Record<string, Value>>;
  readonly expected: string;
}

export const unchangedContent = [
  '',
  'the quick brown fox',
  '\n        the\n        quick brown\n\n        fox\n    ',
  'the ((quick brown fox',
  'the (()) brown fox',
] as const;

export const fillCases: readonly FillCase[] = [
  { content: '((colour))', values: { colour: 'red' }, expected: 'red' },
  { content: 'the quick ((colour)) fox', values: { colour: 'brown' }, expected: 'the quick brown fox' },
  {
    content: '((article)) quick ((colour)) ((animal))',
    values: { article: 'the', colour: 'brown', animal: 'fox' },
    expected: 'the quick brown fox',
  },
  { content: 'the quick (((colour))) fox', values: { colour: 'brown' }, expected: 'the quick (brown) fox' },
  { content: 'before ((placeholder)) after', values: { placeholder: '' }, expected: 'before  after' },
  { content: 'before ((placeholder)) after', values: { placeholder: '   ' }, expected: 'before     after' },
  { content: 'before ((placeholder)) after', values: { placeholder: true }, expected: 'before True after' },
  { content: 'before ((placeholder)) after', values: { placeholder: false }, expected: 'before False after' },
  { content: 'before ((placeholder)) after', values: { placeholder: 0 }, expected: 'before 0 after' },
  { content: 'before ((placeholder)) after', values: { placeholder: 123 }, expected: 'before 123 after' },
  { content: 'before ((placeholder)) after', values: { placeholder: 0.1 + 0.2 }, expected: 'before 0.30000000000000004 after' },
  { content: '((warning?))', values: { 'warning?': 'This is not a conditional' }, expected: 'This is not a conditional' },
  { content: '((warning?warning))', values: { 'warning?warning': 'This is not a conditional' }, expected: 'This is not a conditional' },
  { content: '((warning??This is a conditional warning))', values: { warning: true }, expected: 'This is a conditional warning' },
  {
    content: '((warning??This is a conditional warning\nwith line break))',
    values: { warning: true },
    expected: 'This is a conditional warning\nwith line break',
  },
  { content: '((warning??This is a conditional warning))', values: { warning: false }, expected: '' },
  { content: '((warning??foo??bar))', values: { warning: true }, expected: 'foo??bar' },
  { content: '((warning??foo??bar))', values: { warning: false }, expected: '' },
  {
    content: 'Please report to the ((>location)) office at ((&time)) on ((<day)).',
    values: { '>location': 'London', '&time': '09:00', '<day': 'Monday' },
    expected: 'Please report to the London office at 09:00 on Monday.',
  },
  {
    content: 'Please report to the ((&gt;location)) office at ((&amp;time)) on ((&lt;day)).',
    values: { '&gt;location': 'Manchester', '&amp;time': '08:00', '&lt;day': 'Thursday' },
    expected: 'Please report to the Manchester office at 08:00 on Thursday.',
  },
  {
    content: 'Dear ((\\name)), your passport is now ready for collection from ((/collection_point)).',
    values: { '\\name': 'Jane Doe', '/collection_point': 'Point A' },
    expected: 'Dear Jane Doe, your passport is now ready for collection from Point A.',
  },
  {
    content: 'Dear ((/\\name)), your passport is now ready for collection from ((//collection_point)).',
    values: { '/\\name': 'John Doe', '//collection_point': 'Point B' },
    expected: 'Dear John Doe, your passport is now ready for collection from Point B.',
  },
  { content: 'My name is ((name))', values: { name: 'Geoff()[]{}' }, expected: 'My name is Geoff()[]{}' },
  // Missing values stay as written (test_PlainTextField, test_handling_of_missing_values).
  { content: '((foo)) ((foo??bar))', values: {}, expected: '((foo)) ((foo??bar))' },
  { content: '((foo??bar??baz))', values: {}, expected: '((foo??bar??baz))' },
  { content: '((name)) ((colour))', values: { name: 'Jo' }, expected: 'Jo ((colour))' },
  { content: '((name)) ((colour))', values: { name: 'Jo', colour: null }, expected: 'Jo ((colour))' },
  { content: '((show_thing??thing)) ((colour))', values: { colour: 'red' }, expected: '((show_thing??thing)) red' },
];

/** `str2bool`: the values that show conditional content, and some that do not. */
export const showsConditional: readonly Value[] = [1, '1', 'yes', 'y', 'true', 'True', true, 'include', 'show'];
export const hidesConditional: readonly Value[] = [
  '0',
  0,
  2,
  99.99999,
  'off',
  'exclude',
  'no',
  'any random string',
  'false',
  false,
  [],
  ['true'],
];

/** `test_field_renders_lists_as_strings`: `list: ((placeholder))` as a sentence and as Markdown. */
export const listCases: readonly { readonly value: Value; readonly sentence: string; readonly markdown: string }[] = [
  { value: [], sentence: 'list: ', markdown: 'list: ' },
  { value: ['', ''], sentence: 'list: ', markdown: 'list: ' },
  { value: [' ', ' \t ', '\u180e'], sentence: 'list: ', markdown: 'list: ' },
  { value: ['one'], sentence: 'list: one', markdown: 'list: \n\n* one' },
  { value: ['one', 'two'], sentence: 'list: one and two', markdown: 'list: \n\n* one\n* two' },
  { value: ['one', 'two', 'three'], sentence: 'list: one, two and three', markdown: 'list: \n\n* one\n* two\n* three' },
  { value: ['one', null, null], sentence: 'list: one', markdown: 'list: \n\n* one' },
  { value: [0.1, true, false], sentence: 'list: 0.1, True and False', markdown: 'list: \n\n* 0.1\n* True\n* False' },
];

/** `tests/test_placeholders.py`: a placeholder's name, and whether it is conditional (`??`). */
export const placeholderCases = [
  { body: '((with-brackets))', name: 'with-brackets', conditional: undefined },
  { body: '((not a conditional))', name: 'not a conditional', conditional: undefined },
  { body: '((not? a conditional))', name: 'not? a conditional', conditional: undefined },
  { body: '((a?? conditional))', name: 'a', conditional: ' conditional' },
  { body: '((a??b))', name: 'a', conditional: 'b' },
  { body: '((a?? b ))', name: 'a', conditional: ' b ' },
  { body: '((a??b??c))', name: 'a', conditional: 'b??c' },
] as const;
