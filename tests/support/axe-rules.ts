// The one place that says how axe judges our components: the rule tags GOV.UK's own tests use, and every rule
// we switch off with the reason. Browser tests (expectAccessible) and the Storybook-wide test both read it.

/** GOV.UK Frontend's axe tags: WCAG 2.0, 2.1 and 2.2 at A and AA, plus axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/**
 * Rules switched off, each with why. Empty: where govuk-frontend's markup would fail a rule (for example
 * `aria-expanded` on radios, alphagov/govuk-frontend#979), the component was changed instead.
 */
export const disabledAxeRules: Readonly<Record<string, string>> = {};

/** Options for `axe.run` built from the two lists above. */
export function axeRunOptions(): {
  runOnly: { type: 'tag'; values: string[] };
  rules: Record<string, { enabled: false }>;
  resultTypes: ['violations'];
} {
  return {
    runOnly: { type: 'tag', values: [...axeTags] },
    rules: Object.fromEntries(Object.keys(disabledAxeRules).map((rule) => [rule, { enabled: false }])),
    resultTypes: ['violations'],
  };
}
