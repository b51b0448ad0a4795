import type { StorybookConfig } from '@storybook/web-components-vite';
import { join } from 'node:path';
import { defaultClientConditions } from 'vite';
import { writeCouncilStylesheet } from '../scripts/lib/govuk-css.mjs';
import { root } from '../scripts/lib/run.mjs';

const councilStylesheetFolder = join(root, 'node_modules', '.cache', 'civicbricks', 'storybook');
writeCouncilStylesheet(councilStylesheetFolder);

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // govuk-frontend's stylesheet as a council page links it: built from its Sass with the council font stack,
  // so no page asks for GDS Transport (for services on GOV.UK only).
  staticDirs: [
    { from: councilStylesheetFolder, to: '/govuk-frontend' },
    { from: '../packages/elements/theme', to: '/civic-theme' },
    // Sample artwork for the examples (a made-up council's logo).
    { from: './public', to: '/' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No calls home: this must build and run on a machine with no internet.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(viteConfig) {
    // Stories use the workspace sources directly, through the `source` export condition.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] };
    return viteConfig;
  },
};

export default config;
