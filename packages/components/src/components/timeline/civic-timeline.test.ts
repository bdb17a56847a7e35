import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import {
  cleanUp,
  container,
  normalisedMarkup,
  serverHtmlBeforeScript,
} from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicTimeline, CivicTimelineEvent } from './define.js';
import { HISTORY, NOT_ISO, OLDEST_FIRST, TIMELINE_STATES, WELSH, WITH_LINK } from './fixtures.js';
import { timelineMarkup, type TimelineEventParams, type TimelineParams } from './markup.js';

// Only Chromium lets tests switch forced colours on (emulateMedia forcedColors).
const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
// WebKit runs over WebDriver, which cannot set the viewport.
const canSetViewport = /Chrome\/|Firefox\//.test(navigator.userAgent);

type Authoring = 'server HTML' | 'data children';
const AUTHORINGS: readonly Authoring[] = ['server HTML', 'data children'];

/** The timeline a server writes, parsed into the page as a browser parses it. */
function serverTimeline(params: TimelineParams, parent = container()): CivicTimeline {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(timelineMarkup(params));
  const timeline = holder.firstElementChild;
  if (!(timeline instanceof CivicTimeline)) throw new Error('the timeline did not upgrade');
  parent.append(timeline);
  return timeline;
}

/** A <civic-timeline-event> as a page or framework writes it: attributes, and its description as its text. */
function eventElement(event: TimelineEventParams): CivicTimelineEvent {
  const element = document.createElement('civic-timeline-event');
  for (const name of ['heading', 'date', 'byline'] as const) {
    const value = event[name];
    if (value !== undefined) element.setAttribute(name, value);
  }
  if (event.headingLevel !== undefined) {
    element.setAttribute('heading-level', String(event.headingLevel));
  }
  if (event.description !== undefined) element.textContent = event.description;
  return element;
}

/** The same timeline from attributes and data children, in a page in the parameters' language, settled. */
async function builtTimeline(params: TimelineParams, parent = container()): Promise<CivicTimeline> {
  if (params.lang !== undefined) parent.lang = params.lang;
  const timeline = document.createElement('civic-timeline');
  if (params.order !== undefined) timeline.setAttribute('order', params.order);
  if (params.headingLevel !== undefined) {
    timeline.setAttribute('heading-level', String(params.headingLevel));
  }
  if (params.label !== undefined) timeline.setAttribute('label', params.label);
  timeline.append(...(params.events ?? []).map(eventElement));
  parent.append(timeline);
  await settled(timeline);
  return timeline;
}

function timeline(authoring: Authoring, params: TimelineParams, parent = container()) {
  if (authoring === 'server HTML') return Promise.resolve(serverTimeline(params, parent));
  return builtTimeline(params, parent);
}

/** Waits for the timeline to see a change to its children (a mutation record) and rebuild. */
async function settled(element: CivicTimeline): Promise<void> {
  await Promise.resolve();
  await element.updateComplete;
}

const textOf = (element: Element | null) => element?.textContent ?? null;
const eventsOf = (element: Element) => [
  ...element.querySelectorAll<HTMLElement>('.civic-timeline__event'),
];
const headingsOf = (element: Element) =>
  eventsOf(element).map((event) => textOf(event.querySelector('.civic-timeline__heading')));
const datesOf = (element: Element) =>
  eventsOf(element).map((event) => textOf(event.querySelector('.civic-timeline__date')));
const PARTS =
  '.civic-timeline__heading, .civic-timeline__byline, .civic-timeline__date, .civic-timeline__description';

describe('civic-timeline', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('one DOM, written by a server or built from data children', () => {
    for (const [state, params] of Object.entries(TIMELINE_STATES)) {
      it(`is the same DOM both ways, and as the server wrote it: ${state}`, async () => {
        const server = serverTimeline(params);
        const serverMarkup = normalisedMarkup(server);
        expect(serverMarkup, 'the server HTML after upgrade').to.equal(
          normalisedMarkup(serverHtmlBeforeScript(timelineMarkup, params)),
        );
        const built = await builtTimeline(params);
        expect(
          normalisedMarkup(built, 'civic-timeline-event'),
          'built from data children',
        ).to.equal(serverMarkup);
      });

      it(`looks the same both ways: ${state}`, async () => {
        const server = serverTimeline(params, container()).parentElement!;
        const built = (await builtTimeline(params, container())).parentElement!;
        const parts = (root: Element) => [...root.querySelectorAll(PARTS)];
        expect(boxesWithin(built, parts(built))).to.deep.equal(boxesWithin(server, parts(server)));
      });
    }

    it('keeps a server’s description with its link as the server wrote it', () => {
      const server = serverTimeline(WITH_LINK);
      expect(normalisedMarkup(server)).to.equal(
        normalisedMarkup(serverHtmlBeforeScript(timelineMarkup, WITH_LINK)),
      );
      expect(server.querySelector('.civic-timeline__description a')!.getAttribute('href')).to.equal(
        '#licence',
      );
    });
  });

  for (const authoring of AUTHORINGS) {
    describe(`events (${authoring})`, () => {
      it('gives each event its title as a heading, byline, date in a <time> and description', async () => {
        const element = await timeline(authoring, HISTORY);
        expect(headingsOf(element)).to.deep.equal([
          'Decision made',
          'Documents checked',
          'Application received',
        ]);
        expect(element.querySelectorAll('h3.civic-timeline__heading')).to.have.length(3);
        expect(datesOf(element)).to.deep.equal([
          '10 October 2026 at 5pm',
          '3 October 2026 at midday',
          '1 October 2026 at 9:30am',
        ]);
        const times = [...element.querySelectorAll('.civic-timeline__date > time')];
        expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal([
          '2026-10-10T16:00:00Z',
          '2026-10-03T11:00:00Z',
          '2026-10-01T08:30:00Z',
        ]);
        const [decision, checked] = eventsOf(element);
        expect(textOf(decision.querySelector('.civic-timeline__byline'))).to.equal(
          'by Licensing team',
        );
        expect(textOf(checked.querySelector('.civic-timeline__description'))).to.equal(
          'Your documents are complete. We will make a decision within 10 working days.',
        );
        expect(element.querySelector('ol')!.hasAttribute('aria-label')).to.equal(false);
      });

      it('shows a date that is not ISO 8601 as written, outside a <time>', async () => {
        const element = await timeline(authoring, NOT_ISO);
        expect(datesOf(element)).to.deep.equal(['Early next week', '1 October 2026']);
        const [expected, received] = eventsOf(element);
        expect(expected.querySelector('time')).to.equal(null);
        expect(received.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-01');
      });

      it('takes its heading level, order and list name from its attributes', async () => {
        const element = await timeline(authoring, OLDEST_FIRST);
        expect(element.querySelectorAll('h2.civic-timeline__heading')).to.have.length(3);
        expect(element.querySelector('ol')!.getAttribute('aria-label')).to.equal(
          'History of your application',
        );
        expect(datesOf(element)).to.deep.equal([
          '1 December 2026 at midnight',
          '1 December 2026 at 5:30pm',
          '4 December 2026',
        ]);
      });

      it('speaks Welsh', async () => {
        const element = await timeline(authoring, WELSH);
        expect(datesOf(element)).to.deep.equal([
          '10 Hydref 2026 am ganol dydd',
          '1 Hydref 2026 am 9:30am',
        ]);
      });

      it('renders hostile titles, dates, bylines, descriptions and labels as text', async () => {
        const element = await timeline(authoring, {
          label: HOSTILE,
          events: [{ heading: HOSTILE, date: HOSTILE, byline: HOSTILE, description: HOSTILE }],
        });
        expect(headingsOf(element)).to.deep.equal([HOSTILE]);
        expect(datesOf(element)).to.deep.equal([HOSTILE]);
        expect(textOf(element.querySelector('.civic-timeline__byline'))).to.equal(HOSTILE);
        expect(textOf(element.querySelector('.civic-timeline__description'))).to.equal(HOSTILE);
        expect(element.querySelector('ol')!.getAttribute('aria-label')).to.equal(HOSTILE);
        expect(element.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
      });

      for (const [state, params] of Object.entries(TIMELINE_STATES)) {
        it(`passes axe: ${state}`, async () => {
          await expect(await timeline(authoring, params)).to.be.accessible();
        });
      }

      itInAccessibilityTree(
        'is a list of events, each read as its title, as a heading, then who, when and what',
        async () => {
          const element = await timeline(authoring, OLDEST_FIRST);
          await expectAccessibleNode(element, {
            role: 'list',
            name: 'History of your application',
          });
          expect(await accessibleNodes(element, { role: 'listitem' })).to.have.length(3);
          const headings = await accessibleNodes(element, { role: 'heading' });
          expect(headings.map((node) => node.name)).to.deep.equal([
            'Application received',
            'Documents checked',
            'Decision made',
          ]);
          const first = await timeline(authoring, HISTORY);
          const read = await accessibleNodes(eventsOf(first)[0], { role: 'StaticText' });
          expect(read.map((node) => node.name)).to.deep.equal([
            'Decision made',
            'by Licensing team',
            '10 October 2026 at 5pm',
            'Your licence has been approved.',
          ]);
          await expectAccessibleNode(eventsOf(first)[0], { role: 'time', name: '' });
        },
      );

      it('reflows in a 320px screen with long, emoji and right-to-left text', async () => {
        // WebKit's driver cannot resize its window: a 320px column stands in there.
        if (canSetViewport) await setViewport({ width: 320, height: 640 });
        try {
          const long = `${'Supporting-documents-checked-'.repeat(4)} 📄 تم التحقق من المستندات`;
          const parent = container();
          parent.style.cssText = 'max-inline-size: 320px; margin: 0; padding: 0; border: 0';
          const element = await timeline(
            authoring,
            { events: [{ heading: long, date: long, byline: long, description: long }] },
            parent,
          );
          if (canSetViewport) expect(document.documentElement.scrollWidth).to.be.at.most(320);
          expect(element.getBoundingClientRect().width).to.be.at.most(320);
          expect(element.scrollWidth).to.be.at.most(element.clientWidth);
          const box = element.getBoundingClientRect();
          for (const part of element.querySelectorAll(PARTS)) {
            expect(part.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
          }
        } finally {
          if (canSetViewport) await setViewport({ width: 800, height: 600 });
        }
      });

      it('keeps its layout under a page’s hostile global stylesheet', async () => {
        const parent = container();
        parent.style.cssText = 'inline-size: 600px; margin: 0; padding: 0; border: 0';
        const element = await timeline(authoring, HISTORY, parent);
        const parts = [...element.querySelectorAll(PARTS)];
        const before = boxesWithin(element, parts);
        withHostileCss(() => expect(boxesWithin(element, parts)).to.deep.equal(before));
      });
    });
  }

  describe('markers, line and links', () => {
    it('draws a marker per event and a line from each to the next', () => {
      const element = serverTimeline(HISTORY);
      const markers = eventsOf(element).map((event) => getComputedStyle(event, '::before'));
      const lines = eventsOf(element).map((event) => getComputedStyle(event, '::after'));
      expect(markers.map((marker) => marker.content)).to.deep.equal(['""', '""', '""']);
      expect(markers[0].borderTopColor).to.equal(tokenColour('--civic-color-brand'));
      expect(markers[0].borderRadius).to.equal('50%');
      expect(lines.map((line) => line.content)).to.deep.equal(['""', '""', 'none']);
      expect(lines[0].borderInlineStartStyle).to.equal('solid');
      // The line runs from below one marker to the top of the next.
      const [first, second] = eventsOf(element);
      const lineBottom = first.getBoundingClientRect().bottom + parseFloat(lines[0].bottom) * -1;
      expect(Math.round(lineBottom)).to.equal(
        Math.round(second.getBoundingClientRect().top + parseFloat(markers[1].top)),
      );
    });

    it('styles links in a description with Civic’s link colour and focus, reached with the keyboard', async () => {
      const parent = container();
      const before = document.createElement('button');
      before.textContent = 'Before';
      parent.append(before);
      const element = serverTimeline(WITH_LINK, parent);
      const link = element.querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-link'));
      expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      const focused = getComputedStyle(link);
      expect(focused.backgroundColor).to.equal(tokenColour('--civic-color-focus'));
      expect(focused.color).to.equal(tokenColour('--civic-color-focus-text'));
      expect(focused.textDecorationLine).to.equal('none');
      await expect(element).to.be.accessible();
    });

    (canEmulateForcedColours ? it : it.skip)(
      'keeps the markers, the line and a visible focus in forced colours (Chromium only: the others cannot emulate it)',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const element = serverTimeline(WITH_LINK);
          const [first] = eventsOf(element);
          const marker = getComputedStyle(first, '::before');
          const line = getComputedStyle(first, '::after');
          expect(marker.borderTopStyle).to.equal('solid');
          expect(marker.borderTopColor).to.equal(getComputedStyle(element).color);
          expect(marker.backgroundColor).to.not.equal(marker.borderTopColor);
          expect(line.borderInlineStartColor).to.equal(getComputedStyle(element).color);
          const link = element.querySelector('a')!;
          link.focus();
          await sendKeys({ press: 'Shift+Tab' });
          await sendKeys({ press: 'Tab' });
          expect(document.activeElement).to.equal(link);
          expect(getComputedStyle(link).outlineStyle).to.equal('solid');
          expect(parseFloat(getComputedStyle(link).outlineWidth)).to.be.at.least(3);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );
  });

  describe('order', () => {
    it('warns, naming both events, when ISO-dated events are out of the declared order', async () => {
      const warnings = await warningsDuring(() =>
        builtTimeline({
          events: [
            { heading: 'Received', date: '2026-10-01' },
            { heading: 'Checked', date: '2026-10-03T09:00:00Z' },
          ],
        }),
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-timeline> order="newest-first" has "Checked" (2026-10-03T09:00:00Z) after "Received" (2026-10-01). Write the events newest first, or set order="oldest-first" if they run forwards in time.',
      ]);
    });

    it('accepts events oldest first when it says so, and warns the other way', async () => {
      const quiet = await warningsDuring(() => builtTimeline(OLDEST_FIRST));
      expect(quiet).to.deep.equal([]);
      const warnings = await warningsDuring(() =>
        builtTimeline({ ...OLDEST_FIRST, events: [...OLDEST_FIRST.events!].reverse() }),
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-timeline> order="oldest-first" has "Documents checked" (2026-12-01T17:30:00Z) after "Decision made" (2026-12-04). Write the events oldest first, or set order="newest-first" if they run backwards in time.',
      ]);
    });

    it('never reorders events, and does not compare dates written as words', async () => {
      const warnings = await warningsDuring(() => builtTimeline(NOT_ISO));
      expect(warnings).to.deep.equal([]);
      let element: CivicTimeline | undefined;
      const reversed = await warningsDuring(() => {
        element = serverTimeline({
          events: [
            { heading: 'Received', date: '2026-10-01' },
            { heading: 'Checked', date: '2026-10-03' },
          ],
        });
      });
      expect(reversed).to.have.length(1);
      expect(headingsOf(element!)).to.deep.equal(['Received', 'Checked']);
    });

    it('warns about an unknown order, naming the orders', async () => {
      const warnings = await warningsDuring(() =>
        builtTimeline({ order: 'by-date' as 'newest-first', events: HISTORY.events }),
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-timeline> order="by-date" is not one of newest-first, oldest-first, so "newest-first" is used.',
      ]);
    });
  });

  describe('a framework updating the data children', () => {
    it('rebuilds when an event is added, changed and removed', async () => {
      const element = await builtTimeline(HISTORY);
      const newest = eventElement({
        heading: 'Licence sent',
        date: '2026-10-12T12:00',
        description: 'Check your post.',
      });
      element.prepend(newest);
      await settled(element);
      expect(headingsOf(element)).to.deep.equal([
        'Licence sent',
        'Decision made',
        'Documents checked',
        'Application received',
      ]);
      expect(datesOf(element)[0]).to.equal('12 October 2026 at midday');

      newest.date = '2026-10-12T18:45:00+01:00';
      await settled(element);
      expect(datesOf(element)[0]).to.equal('12 October 2026 at 6:45pm');

      newest.firstChild!.nodeValue = 'Check your post, or your email.';
      await settled(element);
      expect(textOf(element.querySelector('.civic-timeline__description'))).to.equal(
        'Check your post, or your email.',
      );

      element.querySelectorAll('civic-timeline-event')[1].remove();
      await settled(element);
      expect(headingsOf(element)).to.deep.equal([
        'Licence sent',
        'Documents checked',
        'Application received',
      ]);

      for (const event of element.querySelectorAll('civic-timeline-event')) event.remove();
      await settled(element);
      expect(element.querySelector('ol')).to.equal(null);
    });

    it('re-words the dates it built when the page’s language changes', async () => {
      const parent = container();
      const element = await builtTimeline(HISTORY, parent);
      parent.lang = 'cy';
      await settled(element);
      expect(datesOf(element)[0]).to.equal('10 Hydref 2026 am 5pm');
    });

    it('reads properties set before the element was defined', async () => {
      // Elements made in a document without Civic's definitions stand for ones
      // a framework created before the script loaded.
      const other = document.implementation.createHTMLDocument();
      const early = other.createElement('civic-timeline') as Partial<CivicTimeline> & HTMLElement;
      early.order = 'oldest-first';
      early.headingLevel = 4;
      const event = other.createElement('civic-timeline-event') as Partial<CivicTimelineEvent> &
        HTMLElement;
      event.heading = 'Received';
      event.date = '2026-10-01';
      early.append(event);
      const element = document.adoptNode(early);
      const upgraded = element as CivicTimeline;
      const warnings = await warningsDuring(async () => {
        container().append(element);
        await settled(upgraded);
      });
      expect(warnings, 'the events are read once upgraded').to.deep.equal([]);
      expect(upgraded.getAttribute('order')).to.equal('oldest-first');
      expect(headingsOf(upgraded)).to.deep.equal(['Received']);
      expect(upgraded.querySelector('h4')).to.not.equal(null);
      expect(datesOf(upgraded)).to.deep.equal(['1 October 2026']);
    });
  });

  describe('properties and attributes', () => {
    it('reflects every property to its attribute', async () => {
      const element = await builtTimeline(HISTORY);
      element.order = 'oldest-first';
      element.headingLevel = 2;
      element.label = 'History';
      expect(element.getAttribute('order')).to.equal('oldest-first');
      expect(element.getAttribute('heading-level')).to.equal('2');
      expect(element.getAttribute('label')).to.equal('History');
      const event = element.querySelector('civic-timeline-event')!;
      event.heading = 'Approved';
      event.byline = 'by Licensing';
      event.headingLevel = 4;
      expect(event.getAttribute('heading')).to.equal('Approved');
      expect(event.getAttribute('byline')).to.equal('by Licensing');
      expect(event.headingLevel).to.equal(4);
      await warningsDuring(() => settled(element));
      expect(element.order).to.equal('oldest-first');
      expect(element.headingLevel).to.equal(2);
      expect(element.querySelector('h4')!.textContent).to.equal('Approved');
      expect(element.querySelectorAll('h2')).to.have.length(2);
    });

    it('takes null, wrong types and removal of every attribute without throwing or showing them', async () => {
      const element = await builtTimeline(HISTORY);
      const warnings = await warningsDuring(async () => {
        element.order = null;
        element.label = undefined;
        element.headingLevel = [3] as unknown as number;
        const event = element.querySelector('civic-timeline-event')!;
        event.heading = { text: 'x' } as unknown as string;
        event.date = null;
        event.byline = 12 as unknown as string;
        await settled(element);
      });
      expect(element.textContent).to.not.match(/null|undefined|NaN|\[object Object\]/);
      expect(warnings).to.deep.equal([
        '[civic] <civic-timeline> headingLevel was set to [3], which is not text, so it is cleared.',
        '[civic] <civic-timeline-event> heading was set to {"text":"x"}, which is not text, so it is cleared.',
        '[civic] <civic-timeline> event 1 has no heading. Give each event what happened, such as heading="Documents checked".',
      ]);
      expect(textOf(element.querySelector('.civic-timeline__byline'))).to.equal('12');
      for (const name of ['order', 'heading-level', 'label']) element.removeAttribute(name);
      for (const event of element.querySelectorAll('civic-timeline-event')) {
        for (const name of ['heading', 'date', 'byline', 'heading-level']) {
          event.removeAttribute(name);
        }
      }
      await warningsDuring(() => settled(element));
      expect(element.querySelectorAll('.civic-timeline__heading')).to.have.length(0);
      expect(element.querySelectorAll('.civic-timeline__event')).to.have.length(3);
    });

    it('takes wrong types given to the markup function by a server', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          timelineMarkup({
            order: 7 as unknown as 'newest-first',
            headingLevel: 'two',
            events: [
              null,
              { heading: 'Received', date: 20261001 },
            ] as unknown as TimelineEventParams[],
          }),
        );
      });
      expect(html).to.equal(
        '<civic-timeline order="newest-first" heading-level="3"><ol class="civic-timeline__list"><li class="civic-timeline__event"><h3 class="civic-timeline__heading">Received</h3></li></ol></civic-timeline>',
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-timeline> order="7" is not one of newest-first, oldest-first, so "newest-first" is used.',
        '[civic] <civic-timeline> event 1 has no heading, or anything else, so it is left out. Give each event what happened, such as heading="Documents checked".',
      ]);
      expect(toHtml(timelineMarkup({}))).to.equal('<civic-timeline></civic-timeline>');
    });

    it('warns that an event’s HTML children show as plain text', async () => {
      const element = document.createElement('civic-timeline');
      const event = document.createElement('civic-timeline-event');
      event.setAttribute('heading', 'Decision made');
      event.innerHTML = 'Approved. <a href="#licence">Download your licence</a><!-- marker -->';
      element.append(event);
      const warnings = await warningsDuring(async () => {
        container().append(element);
        await settled(element);
      });
      expect(textOf(element.querySelector('.civic-timeline__description'))).to.equal(
        'Approved. Download your licence',
      );
      expect(element.querySelector('.civic-timeline__description a')).to.equal(null);
      expect(warnings).to.deep.equal([
        '[civic] <civic-timeline-event heading="Decision made"> holds HTML (such as <a>), which the timeline shows as plain text. Write a description with links in the server’s HTML (descriptionHtml of civicTimeline).',
      ]);
    });
  });
});
