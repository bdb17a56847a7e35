import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import tokens from '../packages/tokens/dist/themes/default.json' with { type: 'json' };

// Storybook's own frame in Civic's name and colours, taken from the default
// theme's tokens so the two never drift apart.
const token = (name: string): string => {
  const value = tokens.find((entry) => entry.name === name && entry.condition === null)?.value;
  if (typeof value !== 'string') throw new Error(`The default theme has no ${name} token.`);
  return value;
};

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Civic design system',
    brandUrl: '?path=/docs/introduction--docs',
    brandTarget: '_self',
    colorPrimary: token('color.brand'),
    colorSecondary: token('color.link'),
    appBg: token('color.surface-secondary'),
    appContentBg: token('color.surface'),
    appBorderColor: token('color.border'),
    textColor: token('color.text'),
    textMutedColor: token('color.text-secondary'),
    barTextColor: token('color.text'),
    barSelectedColor: token('color.link'),
    barBg: token('color.surface'),
    fontBase: token('font-family'),
    fontCode: token('font-family-monospace'),
  }),
});
