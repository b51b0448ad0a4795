import type { Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import type { DecoratorFunction } from 'storybook/internal/types';
import '@civicbricks/elements/define';
import customElements from '../packages/elements/custom-elements.json';

setCustomElementsManifest(customElements);

// Wraps each story in the page furniture GOV.UK styles expect, in the chosen language.
const withLocale: DecoratorFunction<WebComponentsRenderer> = (story, context) => {
  const lang = (context.parameters['lang'] as string | undefined) ?? (context.globals['locale'] as string | undefined) ?? 'en';
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.className = 'govuk-width-container';
  const main = document.createElement('main');
  main.className = 'govuk-main-wrapper';
  wrapper.append(main);
  const rendered = story();
  if (rendered instanceof Node) main.append(rendered);
  document.body.classList.add('govuk-template__body', 'govuk-frontend-supported');
  return wrapper;
};

const preview: Preview = {
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg (Welsh)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
