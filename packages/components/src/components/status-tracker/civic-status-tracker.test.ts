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
import { CivicStage, CivicStatusTracker } from './define.js';
import { NEEDS_ACTION, PERMIT, TRACKER_STATES, WELSH } from './fixtures.js';
import { statusTrackerMarkup, type StageParams, type StatusTrackerParams } from './markup.js';

// Only Chromium lets tests switch forced colours on (emulateMedia forcedColors).
const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
// WebKit runs over WebDriver, which cannot set the viewport.
const canSetViewport = /Chrome\/|Firefox\//.test(navigator.userAgent);

type Authoring = 'server HTML' | 'data children';
const AUTHORINGS: readonly Authoring[] = ['server HTML', 'data children'];

/** The tracker a server writes, parsed into the page as a browser parses it. */
function serverTracker(params: StatusTrackerParams, parent = container()): CivicStatusTracker {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(statusTrackerMarkup(params));
  const tracker = holder.firstElementChild;
  if (!(tracker instanceof CivicStatusTracker)) throw new Error('the tracker did not upgrade');
  parent.append(tracker);
  return tracker;
}

/** A <civic-stage> as a page or framework writes it: attributes, and its name as its text. */
function stageElement(stage: StageParams): CivicStage {
  const element = document.createElement('civic-stage');
  for (const name of ['state', 'date', 'reason', 'description'] as const) {
    const value = stage[name];
    if (value !== undefined) element.setAttribute(name, value);
  }
  element.textContent = stage.heading;
  return element;
}

/**
 * The same tracker built from attributes and data children, in a page in the
 * parameters' language, once it has settled in that language.
 */
async function builtTracker(
  params: StatusTrackerParams,
  parent = container(),
): Promise<CivicStatusTracker> {
  if (params.lang !== undefined) parent.lang = params.lang;
  const tracker = document.createElement('civic-status-tracker');
  if (params.showHeading === true) tracker.setAttribute('show-heading', '');
  if (params.headingLevel !== undefined) {
    tracker.setAttribute('heading-level', String(params.headingLevel));
  }
  if (params.label !== undefined) tracker.setAttribute('label', params.label);
  tracker.append(...(params.stages ?? []).map(stageElement));
  parent.append(tracker);
  await settled(tracker);
  return tracker;
}

function tracker(authoring: Authoring, params: StatusTrackerParams, parent = container()) {
  if (authoring === 'server HTML') return Promise.resolve(serverTracker(params, parent));
  return builtTracker(params, parent);
}

/** Waits for the tracker to see a change to its children (a mutation record) and rebuild. */
async function settled(element: CivicStatusTracker): Promise<void> {
  await Promise.resolve();
  await element.updateComplete;
}

const textOf = (element: Element | null) => element?.textContent ?? null;
const stagesOf = (element: Element) => [
  ...element.querySelectorAll<HTMLElement>('.civic-status-tracker__stage'),
];
const namesOf = (element: Element) =>
  stagesOf(element).map((stage) => textOf(stage.querySelector('.civic-status-tracker__name')));
const statesOf = (element: Element) =>
  stagesOf(element).map((stage) => textOf(stage.querySelector('.civic-status-tracker__state')));
const headingOf = (element: Element) =>
  textOf(element.querySelector('.civic-status-tracker__heading'));
const markerOf = (stage: Element) => stage.querySelector('.civic-status-tracker__marker')!;

describe('civic-status-tracker', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('one DOM, written by a server or built from data children', () => {
    for (const [state, params] of Object.entries(TRACKER_STATES)) {
      it(`is the same DOM both ways, and as the server wrote it: ${state}`, async () => {
        const server = serverTracker(params);
        const serverMarkup = normalisedMarkup(server);
        expect(serverMarkup, 'the server HTML after upgrade').to.equal(
          normalisedMarkup(serverHtmlBeforeScript(statusTrackerMarkup, params)),
        );
        const built = await builtTracker(params);
        expect(normalisedMarkup(built, 'civic-stage'), 'built from data children').to.equal(
          serverMarkup,
        );
      });

      it(`looks the same both ways: ${state}`, async () => {
        const server = serverTracker(params, container()).parentElement!;
        const built = (await builtTracker(params, container())).parentElement!;
        const parts = (root: Element) => [
          ...root.querySelectorAll(
            '.civic-status-tracker__heading, .civic-status-tracker__marker, .civic-status-tracker__stage > :not(span)',
          ),
        ];
        expect(boxesWithin(built, parts(built))).to.deep.equal(boxesWithin(server, parts(server)));
      });
    }

    it('leaves a server’s HTML as it was written, in the server’s language', async () => {
      const server = serverTracker({ ...WELSH, lang: 'cy' });
      const list = server.querySelector('ol');
      await settled(server);
      expect(server.querySelector('ol')).to.equal(list);
      expect(statesOf(server)).to.deep.equal(['Wedi cwblhau', 'Cam presennol', 'Heb ddechrau']);
    });
  });

  for (const authoring of AUTHORINGS) {
    describe(`stages (${authoring})`, () => {
      it('says where the case is in a heading that holds the stage’s name only', async () => {
        const element = await tracker(authoring, PERMIT);
        // The current stage has a description: the heading must not take it.
        expect(headingOf(element)).to.equal('Stage 2 of 4: Checking your documents');
        expect(element.querySelector('.civic-status-tracker__heading')!.localName).to.equal('h2');
      });

      it('gives each stage its name as a heading, its state in words and its details', async () => {
        const element = await tracker(authoring, PERMIT);
        expect(namesOf(element)).to.deep.equal([
          'Received',
          'Checking your documents',
          'Decision made',
          'Permit issued',
        ]);
        expect(stagesOf(element).map((stage) => stage.querySelector('h3') !== null)).to.deep.equal([
          true,
          true,
          true,
          true,
        ]);
        expect(statesOf(element)).to.deep.equal([
          'Completed',
          'Current stage',
          'Not started',
          'Not started',
        ]);
        expect(stagesOf(element).map((stage) => stage.getAttribute('aria-current'))).to.deep.equal([
          null,
          'step',
          null,
          null,
        ]);
        const [received, checking] = stagesOf(element);
        expect(textOf(received.querySelector('.civic-status-tracker__date'))).to.equal(
          '1 October 2026',
        );
        expect(textOf(checking.querySelector('.civic-status-tracker__description'))).to.equal(
          'This usually takes 5 working days.',
        );
        expect(element.querySelector('ol')!.getAttribute('aria-label')).to.equal('Progress');
      });

      it('gives a stopped stage its reason, and says where the case stopped', async () => {
        const element = await tracker(authoring, NEEDS_ACTION);
        expect(headingOf(element)).to.equal('Stage 2 of 3: Checking your documents');
        expect(statesOf(element)).to.deep.equal(['Completed', 'Needs action', 'Not started']);
        expect(textOf(element.querySelector('.civic-status-tracker__reason'))).to.equal(
          'We need a copy of your lease. Upload it to continue.',
        );
      });

      it('counts from the last completed stage, or the first, when none is current', async () => {
        const done = await tracker(authoring, TRACKER_STATES['every stage completed']);
        expect(headingOf(done)).to.equal('Stage 4 of 4: Permit issued');
        const waiting = await tracker(authoring, {
          showHeading: true,
          stages: [{ heading: 'Received' }, { heading: 'Decision made' }],
        });
        expect(headingOf(waiting)).to.equal('Stage 1 of 2: Received');
      });

      it('has no heading without show-heading, and puts stage names one level below the heading level', async () => {
        const element = await tracker(authoring, {
          ...PERMIT,
          showHeading: false,
          headingLevel: 3,
        });
        expect(element.querySelector('.civic-status-tracker__heading')).to.equal(null);
        expect(element.querySelectorAll('h4.civic-status-tracker__name')).to.have.length(4);
        const clamped = await tracker(authoring, { ...PERMIT, headingLevel: 9 });
        expect(clamped.querySelector('.civic-status-tracker__heading')!.localName).to.equal('h6');
        expect(clamped.querySelectorAll('h6.civic-status-tracker__name')).to.have.length(4);
      });

      it('takes the list’s name from label', async () => {
        const element = await tracker(authoring, TRACKER_STATES['every stage completed']);
        expect(element.querySelector('ol')!.getAttribute('aria-label')).to.equal(
          'Progress of your parking permit application',
        );
      });

      it('speaks Welsh', async () => {
        const element = await tracker(authoring, WELSH);
        expect(headingOf(element)).to.equal('Cam 2 o 3: Gwirio eich dogfennau');
        expect(statesOf(element)).to.deep.equal(['Wedi cwblhau', 'Cam presennol', 'Heb ddechrau']);
        expect(element.querySelector('ol')!.getAttribute('aria-label')).to.equal('Cynnydd');
      });

      it('renders hostile names, dates, reasons, descriptions and labels as text', async () => {
        const element = await tracker(authoring, {
          showHeading: true,
          label: HOSTILE,
          stages: [
            {
              heading: HOSTILE,
              state: 'stopped',
              date: HOSTILE,
              reason: HOSTILE,
              description: HOSTILE,
            },
          ],
        });
        expect(namesOf(element)).to.deep.equal([HOSTILE]);
        expect(headingOf(element)).to.equal(`Stage 1 of 1: ${HOSTILE}`);
        for (const part of ['date', 'reason', 'description']) {
          expect(textOf(element.querySelector(`.civic-status-tracker__${part}`))).to.equal(HOSTILE);
        }
        expect(element.querySelector('ol')!.getAttribute('aria-label')).to.equal(HOSTILE);
        expect(element.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
      });

      for (const [state, params] of Object.entries(TRACKER_STATES)) {
        it(`passes axe: ${state}`, async () => {
          await expect(await tracker(authoring, params)).to.be.accessible();
        });
      }

      itInAccessibilityTree(
        'reads the current stage as its name, as a heading, then its state, in a named list',
        async () => {
          const element = await tracker(authoring, PERMIT);
          await expectAccessibleNode(element, { role: 'list', name: 'Progress' });
          expect(await accessibleNodes(element, { role: 'listitem' })).to.have.length(4);
          const headings = await accessibleNodes(element, { role: 'heading' });
          expect(headings.map((node) => node.name)).to.deep.equal([
            'Stage 2 of 4: Checking your documents',
            'Received',
            'Checking your documents',
            'Decision made',
            'Permit issued',
          ]);
          // What a screen reader meets inside the current stage, in order.
          const current = element.querySelector('[aria-current="step"]')!;
          await expectAccessibleNode(current, {
            role: 'heading',
            name: 'Checking your documents',
            states: { level: 3 },
          });
          const read = await accessibleNodes(current, { role: 'StaticText' });
          expect(read.map((node) => node.name)).to.deep.equal([
            'Checking your documents',
            'Current stage',
            'This usually takes 5 working days.',
          ]);
        },
      );

      it('reflows in a 320px screen with long, emoji and right-to-left names', async () => {
        // WebKit's driver cannot resize its window: a 320px column stands in there.
        if (canSetViewport) await setViewport({ width: 320, height: 640 });
        try {
          const long = `${'Checking-your-supporting-documents-'.repeat(4)} 📄 التحقق من المستندات`;
          const parent = container();
          parent.style.cssText = 'max-inline-size: 320px; margin: 0; padding: 0; border: 0';
          const element = await tracker(
            authoring,
            { showHeading: true, stages: [{ heading: long, state: 'current', description: long }] },
            parent,
          );
          if (canSetViewport) expect(document.documentElement.scrollWidth).to.be.at.most(320);
          expect(element.getBoundingClientRect().width).to.be.at.most(320);
          expect(element.scrollWidth).to.be.at.most(element.clientWidth);
          const box = element.getBoundingClientRect();
          for (const part of element.querySelectorAll('.civic-status-tracker__stage *')) {
            expect(part.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
          }
        } finally {
          if (canSetViewport) await setViewport({ width: 800, height: 600 });
        }
      });

      it('keeps its layout under a page’s hostile global stylesheet, vertical and horizontal', async () => {
        for (const width of [600, 900]) {
          const parent = container();
          // The page's width stays put: the hostile sheet's reset would change it.
          parent.style.cssText = `inline-size: ${width}px; margin: 0; padding: 0; border: 0`;
          hostileCheck(await tracker(authoring, NEEDS_ACTION, parent));
        }
      });

      function hostileCheck(element: CivicStatusTracker): void {
        const parts = [
          ...element.querySelectorAll(
            '.civic-status-tracker__heading, .civic-status-tracker__marker, .civic-status-tracker__stage > :not(span)',
          ),
        ];
        const before = boxesWithin(element, parts);
        withHostileCss(() => expect(boxesWithin(element, parts)).to.deep.equal(before));
      }
    });
  }

  describe('layout', () => {
    function stageBoxes(width: number): DOMRect[] {
      const parent = container();
      parent.style.inlineSize = `${width}px`;
      const element = serverTracker(PERMIT, parent);
      return stagesOf(element).map((stage) => markerOf(stage).getBoundingClientRect());
    }

    it('is vertical in a narrow container, in reading order', () => {
      const [first, second, third] = stageBoxes(320);
      expect(second.top).to.be.above(first.bottom);
      expect(third.top).to.be.above(second.bottom);
      expect(Math.round(second.left)).to.equal(Math.round(first.left));
    });

    it('is horizontal in a wide container, in reading order', () => {
      const [first, second, third] = stageBoxes(900);
      expect(second.left).to.be.above(first.right);
      expect(third.left).to.be.above(second.right);
      expect(Math.round(second.top)).to.equal(Math.round(first.top));
    });

    it('joins each stage to the next with a line, solid after a completed stage', () => {
      for (const [width, side] of [
        [320, 'borderInlineStart'],
        [900, 'borderBlockStart'],
      ] as const) {
        const parent = container();
        parent.style.inlineSize = `${width}px`;
        const element = serverTracker(PERMIT, parent);
        const lines = stagesOf(element).map((stage) => getComputedStyle(stage, '::before'));
        expect(lines.map((line) => line.content)).to.deep.equal(['""', '""', '""', 'none']);
        expect(lines.slice(0, 3).map((line) => line[`${side}Style`])).to.deep.equal([
          'solid',
          'dashed',
          'dashed',
        ]);
        expect(lines[0][`${side}Color`]).to.equal(tokenColour('--civic-color-success'));
        expect(parseFloat(lines[1][`${side}Width`])).to.equal(4);
      }
    });

    it('draws a tick on completed stages, a dot on the current one and a cross on a stopped one', () => {
      const element = serverTracker({
        stages: [
          { heading: 'A', state: 'completed' },
          { heading: 'B', state: 'stopped' },
          { heading: 'C', state: 'current' },
          { heading: 'D', state: 'upcoming' },
        ],
      });
      const [completed, stopped, current, upcoming] = stagesOf(element).map(markerOf);
      expect(getComputedStyle(completed, '::after').transform).to.not.equal('none');
      expect(getComputedStyle(completed, '::after').borderBottomStyle).to.equal('solid');
      expect(getComputedStyle(stopped, '::before').content).to.equal('""');
      expect(getComputedStyle(stopped, '::after').content).to.equal('""');
      expect(getComputedStyle(current, '::after').borderRadius).to.equal('50%');
      expect(getComputedStyle(upcoming, '::after').content).to.equal('none');
      expect(getComputedStyle(upcoming, '::before').content).to.equal('none');
      expect(completed.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  (canEmulateForcedColours ? it : it.skip)(
    'keeps current unlike upcoming and stopped unlike completed in forced colours, by shape (Chromium only: the others cannot emulate it)',
    async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const element = serverTracker({
          stages: [
            { heading: 'A', state: 'completed' },
            { heading: 'B', state: 'stopped' },
            { heading: 'C', state: 'current' },
            { heading: 'D', state: 'upcoming' },
          ],
        });
        const [completed, stopped, current, upcoming] = stagesOf(element).map(markerOf);
        const style = (marker: Element, pseudo?: string) => getComputedStyle(marker, pseudo);
        // Current: a thicker ring, and a filled dot inside it; upcoming: a thin, empty ring.
        expect(parseFloat(style(current).borderTopWidth)).to.be.above(
          parseFloat(style(upcoming).borderTopWidth),
        );
        expect(style(current, '::after').content).to.equal('""');
        expect(style(current, '::after').backgroundColor).to.equal(style(current).borderTopColor);
        expect(style(upcoming, '::after').content).to.equal('none');
        // Completed: a filled circle with a tick; stopped: a filled square with a cross.
        expect(style(completed).borderRadius).to.equal('50%');
        expect(style(stopped).borderRadius).to.equal('0px');
        expect(style(completed, '::before').content).to.equal('none');
        expect(style(stopped, '::before').content).to.equal('""');
        // The fills and strokes are system colours, so they show in any theme.
        expect(style(completed).backgroundColor).to.equal(style(completed).borderTopColor);
        expect(style(completed, '::after').borderBottomColor).to.not.equal(
          style(completed).backgroundColor,
        );
        expect(style(stopped, '::after').backgroundColor).to.not.equal(
          style(stopped).backgroundColor,
        );
        expect(style(upcoming).backgroundColor).to.not.equal(style(upcoming).borderTopColor);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );

  describe('a framework updating the data children', () => {
    it('rebuilds when a stage’s state changes, a stage is added and a stage is removed', async () => {
      const element = await builtTracker(PERMIT);
      const [, checking, decision] = [...element.querySelectorAll('civic-stage')];
      checking.state = 'completed';
      decision.state = 'current';
      await settled(element);
      expect(headingOf(element)).to.equal('Stage 3 of 4: Decision made');
      expect(statesOf(element)).to.deep.equal([
        'Completed',
        'Completed',
        'Current stage',
        'Not started',
      ]);
      expect(checking.getAttribute('state'), 'the property reflects').to.equal('completed');

      const appeal = stageElement({ heading: 'Appeal closed', state: 'upcoming' });
      element.append(appeal);
      await settled(element);
      expect(headingOf(element)).to.equal('Stage 3 of 5: Decision made');
      expect(namesOf(element).at(-1)).to.equal('Appeal closed');

      element.querySelector('civic-stage')!.remove();
      await settled(element);
      expect(headingOf(element)).to.equal('Stage 2 of 4: Decision made');

      decision.firstChild!.nodeValue = 'Decision sent';
      await settled(element);
      expect(headingOf(element)).to.equal('Stage 2 of 4: Decision sent');

      for (const stage of element.querySelectorAll('civic-stage')) stage.remove();
      await settled(element);
      expect(element.querySelector('ol')).to.equal(null);
      expect(element.querySelector('.civic-status-tracker__heading')).to.equal(null);
    });

    it('re-words what it built when the page’s language changes', async () => {
      const parent = container();
      const element = await builtTracker(PERMIT, parent);
      parent.lang = 'cy';
      await settled(element);
      expect(headingOf(element)).to.equal('Cam 2 o 4: Checking your documents');
      expect(statesOf(element)[0]).to.equal('Wedi cwblhau');
    });

    it('takes a server’s HTML over once the page changes an attribute, building from its data children', async () => {
      const element = serverTracker(PERMIT);
      element.append(stageElement({ heading: 'Received', state: 'current' }));
      element.showHeading = false;
      await settled(element);
      expect(element.querySelector('.civic-status-tracker__heading')).to.equal(null);
      expect(namesOf(element)).to.deep.equal(['Received']);
    });

    it('reads properties set before the element was defined', async () => {
      // An element made in a document without Civic's definitions stands for one
      // a framework created before the script loaded.
      const early = document.implementation
        .createHTMLDocument()
        .createElement('civic-status-tracker') as Partial<CivicStatusTracker> & HTMLElement;
      early.showHeading = true;
      early.label = 'Your application';
      early.append(stageElement({ heading: 'Received', state: 'current' }));
      const element = document.adoptNode(early);
      container().append(element);
      customElements.upgrade(element);
      const tracker = element as CivicStatusTracker;
      await settled(tracker);
      expect(tracker.getAttribute('show-heading')).to.equal('');
      expect(headingOf(tracker)).to.equal('Stage 1 of 1: Received');
      expect(tracker.querySelector('ol')!.getAttribute('aria-label')).to.equal('Your application');
    });
  });

  describe('properties and attributes', () => {
    it('reflects every property to its attribute', async () => {
      const element = await builtTracker(PERMIT);
      element.showHeading = false;
      element.headingLevel = 4;
      element.label = 'Your permit';
      expect(element.hasAttribute('show-heading')).to.equal(false);
      expect(element.getAttribute('heading-level')).to.equal('4');
      expect(element.getAttribute('label')).to.equal('Your permit');
      await settled(element);
      expect(element.querySelectorAll('h5.civic-status-tracker__name')).to.have.length(4);
      expect(element.headingLevel).to.equal(4);
      const stage = element.querySelector('civic-stage')!;
      stage.date = '2 October 2026';
      stage.reason = 'Missing';
      stage.description = 'More';
      expect([stage.date, stage.reason, stage.description]).to.deep.equal([
        '2 October 2026',
        'Missing',
        'More',
      ]);
      expect(stage.getAttribute('date')).to.equal('2 October 2026');
    });

    it('takes null, wrong types and removal of every attribute without throwing or showing them', async () => {
      const element = await builtTracker(PERMIT);
      const warnings = await warningsDuring(async () => {
        element.label = null;
        element.headingLevel = { level: 3 } as unknown as number;
        element.showHeading = null;
        const stage = element.querySelector('civic-stage')!;
        stage.state = 42 as unknown as 'completed';
        stage.date = { day: 1 } as unknown as string;
        stage.reason = undefined;
        stage.description = null;
        await settled(element);
      });
      expect(element.textContent).to.not.match(/null|undefined|NaN|\[object Object\]/);
      expect(element.headingLevel).to.equal(2);
      expect(element.querySelector('civic-stage')!.state).to.equal('upcoming');
      expect(warnings).to.deep.equal([
        '[civic] <civic-status-tracker> headingLevel was set to {"level":3}, which is not text, so it is cleared.',
        '[civic] <civic-stage> date was set to {"day":1}, which is not text, so it is cleared.',
        '[civic] <civic-stage> state="42" is not one of completed, current, upcoming, stopped, so "upcoming" is used.',
      ]);
      for (const name of ['show-heading', 'heading-level', 'label']) element.removeAttribute(name);
      for (const stage of element.querySelectorAll('civic-stage')) {
        for (const name of ['state', 'date', 'reason', 'description']) stage.removeAttribute(name);
      }
      await settled(element);
      expect(statesOf(element)).to.deep.equal([
        'Not started',
        'Not started',
        'Not started',
        'Not started',
      ]);
      expect(element.querySelector('.civic-status-tracker__heading')).to.equal(null);
    });

    it('takes wrong types given to the markup function by a server', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          statusTrackerMarkup({
            showHeading: 'yes' as unknown as boolean,
            headingLevel: 'three',
            label: 7 as unknown as string,
            stages: [
              null,
              'Received',
              { heading: 'Decision', date: 3 },
            ] as unknown as StageParams[],
          }),
        );
      });
      expect(warnings).to.have.length(2);
      expect(html).to.equal(
        '<civic-status-tracker heading-level="2"><ol class="civic-status-tracker__list" aria-label="Progress"><li class="civic-status-tracker__stage civic-status-tracker__stage--upcoming"><span class="civic-status-tracker__marker" aria-hidden="true"></span><h3 class="civic-status-tracker__name">Decision</h3><p class="civic-status-tracker__state">Not started</p></li></ol></civic-status-tracker>',
      );
      expect(toHtml(statusTrackerMarkup({}))).to.equal(
        '<civic-status-tracker></civic-status-tracker>',
      );
    });
  });

  describe('developer mistakes', () => {
    it('warns about an unknown state, naming the states, and shows it as not started', async () => {
      const warnings = await warningsDuring(() =>
        builtTracker({ stages: [{ heading: 'Received', state: 'done' as 'completed' }] }),
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-stage> state="done" is not one of completed, current, upcoming, stopped, so "upcoming" is used.',
      ]);
    });

    it('leaves out a stage without a name, with a warning', async () => {
      let element: CivicStatusTracker | undefined;
      const warnings = await warningsDuring(async () => {
        element = await builtTracker({
          showHeading: true,
          stages: [{ heading: 'Received', state: 'completed' }, { heading: '  ' }],
        });
      });
      expect(namesOf(element!)).to.deep.equal(['Received']);
      expect(headingOf(element!)).to.equal('Stage 1 of 1: Received');
      expect(warnings).to.deep.equal([
        '[civic] <civic-status-tracker> stage 2 has no name, so it is left out. Give each stage its name, such as "Checking your documents" (the text of its <civic-stage>, or `heading`).',
      ]);
    });

    it('reads an older slot="description" as the description, not as part of the name, with a warning', async () => {
      const parent = container();
      const element = document.createElement('civic-status-tracker');
      element.setAttribute('show-heading', '');
      const stage = document.createElement('civic-stage');
      stage.setAttribute('state', 'current');
      stage.innerHTML =
        'Checking your documents<!-- a framework marker --><span slot="description">This usually takes 5 working days</span>';
      element.append(stage);
      const warnings = await warningsDuring(async () => {
        parent.append(element);
        await settled(element);
      });
      expect(headingOf(element)).to.equal('Stage 1 of 1: Checking your documents');
      expect(namesOf(element)).to.deep.equal(['Checking your documents']);
      expect(textOf(element.querySelector('.civic-status-tracker__description'))).to.equal(
        'This usually takes 5 working days',
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-stage> "Checking your documents" has its description in a slot="description" element: give it as the description attribute instead (description="…").',
      ]);
    });
  });

  describe('a description with a link, from a server', () => {
    const withLink: StatusTrackerParams = {
      stages: [
        {
          heading: 'Checking your documents',
          state: 'stopped',
          reason: 'We need a copy of your lease.',
          descriptionHtml: '<a href="#upload">Upload your lease</a>',
        },
      ],
    };

    it('styles the link with Civic’s link colour and focus, reached with the keyboard', async () => {
      const parent = container();
      const before = document.createElement('button');
      before.textContent = 'Before';
      parent.append(before);
      const element = serverTracker(withLink, parent);
      const link = element.querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-link'));
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      expect(getComputedStyle(link).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
      expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-focus-text'));
      await expect(element).to.be.accessible();
    });
  });
});
