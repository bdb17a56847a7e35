import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';

// Page styles are classes on the page's own HTML: each story is that HTML,
// which the source panel shows ready to copy into a template in any language.

const meta = {
  title: 'Page styles/Typography',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Headings: Story = {
  render: () => `<h1 class="civic-heading-xl">Apply for a parking permit</h1>
<h2 class="civic-heading-l">Who can apply</h2>
<h3 class="civic-heading-m">If you are a carer</h3>
<h4 class="civic-heading-s">Visiting carers</h4>`,
  play: async ({ canvasElement }) => {
    const sizes = [...canvasElement.querySelectorAll('h1, h2, h3, h4')].map((heading) =>
      parseFloat(getComputedStyle(heading).fontSize),
    );
    await expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  },
};

export const WithCaption: Story = {
  name: 'Heading with a caption',
  render: () => `<span class="civic-caption-l">Apply for a parking permit</span>
<h1 class="civic-heading-l">Your vehicle</h1>`,
};

export const Body: Story = {
  name: 'Body, lead and small text',
  render:
    () => `<p class="civic-body-lead">Use this service to apply for a resident parking permit.</p>
<p class="civic-body">You will need your vehicle’s registration number and <strong class="civic-body-bold">proof of your address</strong>.</p>
<p class="civic-body-small">It usually takes about 10 minutes.</p>`,
};

export const Welsh: Story = {
  name: 'Welsh',
  render: () => `<div lang="cy">
<span class="civic-caption-m">Adran 2 o 4</span>
<h1 class="civic-heading-xl">Gwneud cais am drwydded barcio</h1>
<p class="civic-body-lead">Defnyddiwch y gwasanaeth hwn i wneud cais am drwydded barcio i breswylwyr.</p>
</div>`,
};
