import { HOSTILE } from '../../../test/hostile.js';
import { forEachRenderMode, serverRenderedWithoutScript } from '../../../test/render-modes.js';
import { accessibleNodes, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { warningsDuring } from '../../../test/warnings.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { clearWarningHistory } from '../../core/warn.js';
import type { CivicTimeline, CivicTimelineEvent } from './define.js';
import './define.js';

function dateOf(event: CivicTimelineEvent): HTMLElement {
  return event.shadowRoot!.querySelector('.date')!;
}

async function inLanguage(lang: string, date: string): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = `<civic-timeline-event heading="Received" date="${date}"></civic-timeline-event>`;
  document.body.append(wrapper);
  const event = wrapper.querySelector('civic-timeline-event')!;
  await event.updateComplete;
  await event.updateComplete;
  const shown = dateOf(event).cloneNode(true) as HTMLElement;
  wrapper.remove();
  return shown;
}

forEachRenderMode(['timeline'], (fixture) => {
  it('shows each event with its title, a <time> element, byline and description', async () => {
    const timeline = await fixture<CivicTimeline>(html`
      <civic-timeline>
        <civic-timeline-event
          heading="Documents checked"
          date="2026-10-03T14:30:00Z"
          byline="by Licensing team"
          >We have <a href="#documents">checked your documents</a>.</civic-timeline-event
        >
        <civic-timeline-event
          heading="Application received"
          date="2026-10-01"
        ></civic-timeline-event>
      </civic-timeline>
    `);
    const [checked, received] = [...timeline.querySelectorAll('civic-timeline-event')];
    expect(checked.shadowRoot!.querySelector('h3')!.textContent).to.equal('Documents checked');
    const time = dateOf(checked);
    expect(time.tagName).to.equal('TIME');
    expect(time.getAttribute('datetime')).to.equal('2026-10-03T14:30:00Z');
    // 14:30 UTC is 15:30 in London in October (British Summer Time).
    expect(time.textContent).to.equal('3 October 2026 at 15:30');
    expect(checked.shadowRoot!.querySelector('.byline')!.textContent).to.equal('by Licensing team');
    expect(checked.querySelector('a')!.getAttribute('href')).to.equal('#documents');
    expect(dateOf(received).textContent).to.equal('1 October 2026');
  });

  it('shows a date that is not ISO as written, outside a <time> element', async () => {
    const event = await fixture<CivicTimelineEvent>(
      html`<civic-timeline-event heading="Decision" date="Early next week"></civic-timeline-event>`,
    );
    expect(dateOf(event).tagName).to.equal('SPAN');
    expect(dateOf(event).textContent).to.equal('Early next week');
  });

  it('warns when ISO-dated events are out of the declared order', async () => {
    clearWarningHistory();
    const warnings = await warningsDuring(async () => {
      await fixture<CivicTimeline>(html`
        <civic-timeline>
          <civic-timeline-event heading="Received" date="2026-10-01"></civic-timeline-event>
          <civic-timeline-event heading="Checked" date="2026-10-03"></civic-timeline-event>
        </civic-timeline>
      `);
    });
    expect(warnings.join()).to.contain('out of that order');
    expect(warnings.join()).to.contain('oldest-first');
  });

  it('accepts events oldest first when it says so', async () => {
    clearWarningHistory();
    const warnings = await warningsDuring(async () => {
      await fixture<CivicTimeline>(html`
        <civic-timeline order="oldest-first">
          <civic-timeline-event heading="Received" date="2026-10-01"></civic-timeline-event>
          <civic-timeline-event heading="Checked" date="2026-10-03"></civic-timeline-event>
        </civic-timeline>
      `);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('passes axe', async () => {
    const timeline = await fixture<CivicTimeline>(html`
      <civic-timeline>
        <civic-timeline-event
          heading="Documents checked"
          date="2026-10-03T14:30:00Z"
          byline="by Licensing team"
          >Nothing else is needed.</civic-timeline-event
        >
        <civic-timeline-event
          heading="Application received"
          date="2026-10-01"
        ></civic-timeline-event>
      </civic-timeline>
    `);
    await expect(timeline).to.be.accessible();
  });

  itInAccessibilityTree('is a list of events, each under its heading', async () => {
    const timeline = await fixture<CivicTimeline>(html`
      <civic-timeline>
        <civic-timeline-event heading="Documents checked" date="2026-10-03"></civic-timeline-event>
        <civic-timeline-event
          heading="Application received"
          date="2026-10-01"
        ></civic-timeline-event>
      </civic-timeline>
    `);
    expect(await accessibleNodes(timeline, { role: 'listitem' })).to.have.length(2);
    const headings = await accessibleNodes(timeline, { role: 'heading' });
    expect(headings.map((node) => node.name)).to.deep.equal([
      'Documents checked',
      'Application received',
    ]);
  });

  it('renders HOSTILE titles, dates, bylines and descriptions as text', async () => {
    const event = await fixture<CivicTimelineEvent>(html`
      <civic-timeline-event heading=${HOSTILE} date=${HOSTILE} byline=${HOSTILE}
        >${HOSTILE}</civic-timeline-event
      >
    `);
    expect(event.shadowRoot!.querySelector('h3')!.textContent).to.equal(HOSTILE);
    expect(dateOf(event).textContent).to.equal(HOSTILE);
    expect(event.shadowRoot!.querySelector('img')).to.equal(null);
    expect(event.textContent).to.equal(HOSTILE);
    expect(window.__civicHacked).to.equal(undefined);
  });
});

describe('timeline dates by language', () => {
  it('formats ISO dates in English as written in the UK', async () => {
    expect((await inLanguage('en', '2026-10-01')).textContent).to.equal('1 October 2026');
    expect((await inLanguage('en-GB', '2026-01-15T09:05:00Z')).textContent).to.equal(
      '15 January 2026 at 09:05',
    );
  });

  it('formats ISO dates in Welsh', async () => {
    expect((await inLanguage('cy', '2026-10-01')).textContent).to.equal('1 Hydref 2026');
    expect((await inLanguage('cy', '2026-01-15T09:05:00Z')).textContent).to.equal(
      '15 Ionawr 2026 am 09:05',
    );
  });
});

describe('timeline without JavaScript (server-rendered, never hydrated)', () => {
  it('shows the title and the date formatted by the server', async () => {
    const timeline = await serverRenderedWithoutScript<HTMLElement>(
      ['timeline'],
      html`<civic-timeline
        ><civic-timeline-event
          heading="Application received"
          date="2026-10-01"
        ></civic-timeline-event
      ></civic-timeline>`,
    );
    const event = timeline.querySelector('civic-timeline-event')!;
    expect(event.shadowRoot!.querySelector('h3')!.textContent).to.equal('Application received');
    const time = event.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-10-01');
    expect(time.textContent).to.equal('1 October 2026');
  });
});
