import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { paginationMarkup, type PaginationParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it); the
// markup function works out which pages to show, so no script is needed.

const meta = {
  title: 'Components/Pagination',
  args: { current: 5, total: 10, href: '?page={page}' },
  argTypes: {
    current: { control: { type: 'number', min: 1 }, description: 'The page shown now.' },
    total: { control: { type: 'number', min: 1 }, description: 'How many pages there are.' },
    href: { control: 'text', description: 'Each page’s URL, with {page} for its number.' },
    block: { control: 'boolean', description: 'Only Previous and Next, with labels.' },
    landmarkLabel: { control: 'text', description: 'The landmark’s name.' },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => toHtml(paginationMarkup(args)),
} satisfies Meta<PaginationParams>;

export default meta;
type Story = StoryObj<PaginationParams>;

export const InTheMiddle: Story = {
  name: 'In the middle of the results',
  play: async ({ canvasElement }) => {
    const nav = canvasElement.querySelector('nav');
    await expect(nav).toHaveAccessibleName('Pagination');
    await expect(canvasElement.querySelector('[aria-current="page"]')).toHaveAccessibleName(
      'Page 5',
    );
  },
};

export const FirstPage: Story = { name: 'First page', args: { current: 1 } };

export const LastPage: Story = { name: 'Last page', args: { current: 10 } };

export const FewPages: Story = { name: 'Few pages', args: { current: 2, total: 3 } };

/** For a sequence of guidance pages: where Previous and Next go, by title. */
export const Block: Story = {
  name: 'Block: Previous and Next with labels',
  args: {
    current: undefined,
    total: undefined,
    href: undefined,
    block: true,
    previous: { href: '#licence', label: 'Applying for a provisional lorry licence' },
    next: { href: '#theory', label: 'Driver CPC part 1 test: theory' },
  },
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: { lang: 'cy' },
  render: (args) => `<div lang="cy">${toHtml(paginationMarkup(args))}</div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('nav')).toHaveAccessibleName('Tudalennu');
  },
};
