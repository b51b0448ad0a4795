/** What the form would send when `button` is pressed, caught before the browser leaves the page. */
export function submitted(
  form: HTMLFormElement,
  button = 'button[type="submit"]',
): Promise<{ action: string; method: string; data: [string, FormDataEntryValue][] }> {
  return new Promise((resolve) => {
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        resolve({
          action: form.getAttribute('action') ?? '',
          method: form.method,
          data: [...new FormData(form, event.submitter).entries()],
        });
      },
      { once: true },
    );
    form.querySelector<HTMLButtonElement>(button)!.click();
  });
}
