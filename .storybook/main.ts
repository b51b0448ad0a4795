import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // govuk-frontend's stylesheet is served as a council page would link it. Its fonts are deliberately
  // not served: GDS Transport is for services on GOV.UK only, so text falls back to Arial as it should.
  staticDirs: [
    { from: '../node_modules/govuk-frontend/dist/govuk', to: '/govuk-frontend' },
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
