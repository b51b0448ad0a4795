// The tests see the components as a service shows them: govuk-frontend's stylesheet (from the test page) and MOJ
// Frontend's beside it, so axe judges the real spacing and contrast of the moj- classes (target size, focus).
const href = '/packages/cases-elements/node_modules/@ministryofjustice/frontend/moj/moj-frontend.min.css';

if (!document.querySelector(`link[href="${href}"]`)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`MOJ Frontend's stylesheet did not load from ${href}`)), { once: true });
  });
  document.head.append(link);
  await loaded;
}
