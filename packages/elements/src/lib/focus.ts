/**
 * Moves focus to an element that is not normally focusable (a banner, the main content),
 * as govuk-frontend's `setFocus` does: a temporary `tabindex="-1"` makes it focusable, and
 * is taken away again on blur so the element does not stay a click target that shows a
 * focus outline, nor a stop in the tab order for assistive technology that honours it.
 */
export function focusTemporarily(element: HTMLElement, hooks: { onBeforeFocus?: () => void; onBlur?: () => void } = {}): void {
  const hadTabindex = element.hasAttribute('tabindex');
  if (!hadTabindex) element.setAttribute('tabindex', '-1');
  const onBlur = (): void => {
    hooks.onBlur?.();
    if (!hadTabindex) element.removeAttribute('tabindex');
  };
  element.addEventListener('focus', () => element.addEventListener('blur', onBlur, { once: true }), { once: true });
  hooks.onBeforeFocus?.();
  element.focus();
}
