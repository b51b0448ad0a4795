// The pages both server consumers (Express and Fastify) serve, written as a council developer would from the
// READMEs: a form rendered on the server with GOV.UK errors, and a journey served by createJourneyHandler.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderButton, renderErrorSummary, renderPanel, renderRadios, renderTextInput } from '@civicbricks/elements/server';
import { createJourney } from '@civicbricks/registration';
import { createJourneyHandler, escapeHtml, renderDocument } from '@civicbricks/registration-elements/server';
import { createStore } from '@civicbricks/storage';

const require = createRequire(import.meta.url);
export const assets = {
  '/assets/govuk-frontend.min.css': require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'),
  '/assets/council-theme.css': require.resolve('@civicbricks/elements/theme/council-theme.css'),
};
const stylesheets = Object.keys(assets);

const contactOptions = [
  { value: 'email', text: 'Email' },
  { value: 'phone', text: 'Phone' },
];

/** What the form asks, checked the way the page shows it: one message per field, in the order of the page. */
export function validateApplication(body) {
  const values = { fullName: String(body.fullName ?? '').trim(), contact: String(body.contact ?? '') };
  const errors = [];
  if (!values.fullName) errors.push({ id: 'full-name', field: 'fullName', text: 'Enter your full name' });
  if (!contactOptions.some((option) => option.value === values.contact)) {
    errors.push({ id: 'contact', field: 'contact', text: 'Select how we should contact you' });
  }
  return { values, errors };
}

function page(title, main) {
  return renderDocument({
    locale: 'en',
    title: `${title} – Library cards – Anytown Council`,
    serviceName: 'Library cards',
    organisationName: 'Anytown Council',
    serviceUrl: '/apply',
    stylesheets,
    scripts: [],
    main,
  });
}

export function applicationPage({ values = {}, errors = [] } = {}) {
  const errorFor = (field) => errors.find((error) => error.field === field)?.text;
  const summary = errors.length
    ? renderErrorSummary({ errorList: errors.map((error) => ({ text: error.text, href: `#${error.id}` })) }, { element: false })
    : '';
  const fields =
    renderTextInput(
      {
        id: 'full-name',
        name: 'fullName',
        label: { text: 'What is your full name?' },
        value: values.fullName,
        errorMessage: errorFor('fullName'),
      },
      {},
      { element: false },
    ) +
    renderRadios(
      {
        name: 'contact',
        idPrefix: 'contact',
        fieldset: { legend: { text: 'How should we contact you?' } },
        items: contactOptions.map((option) => ({ ...option, checked: option.value === values.contact })),
        errorMessage: errorFor('contact'),
      },
      {},
      { element: false },
    );
  const form = `<form method="post" action="/apply" novalidate>${fields}${renderButton({ text: 'Apply' }, { element: false })}</form>`;
  return page(
    `${errors.length ? 'Error: ' : ''}Apply for a library card`,
    `${summary}<h1 class="govuk-heading-l">Apply for a library card</h1>${form}`,
  );
}

export function thanksPage(values) {
  return page(
    'Application received',
    renderPanel({ titleText: 'Application received', text: `Thank you, ${values.fullName}` }, { element: false }) +
      `<p class="govuk-body">We will contact you by ${escapeHtml(values.contact)}.</p>`,
  );
}

export async function journeyHandler() {
  const store = await createStore({ adapter: 'memory' });
  const definition = JSON.parse(readFileSync(new URL('./journey.json', import.meta.url), 'utf8'));
  return createJourneyHandler({
    journey: createJourney(definition),
    store,
    secret: 'consumer-test-secret-that-is-at-least-32-bytes-long',
    basePath: '/journey/',
    organisationName: 'Anytown Council',
    stylesheets,
    secureCookie: false,
  });
}
