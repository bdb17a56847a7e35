import { HOSTILE } from '../../../test/hostile.js';
import {
  forEachRenderMode,
  serverRenderedWithoutScript,
  settle,
} from '../../../test/render-modes.js';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { warningsDuring } from '../../../test/warnings.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { clearWarningHistory } from '../../core/warn.js';
import type { CivicStage, CivicStatusTracker } from './define.js';
import './define.js';

function stateText(stage: CivicStage): string {
  return stage.shadowRoot!.querySelector('.state')!.textContent.trim();
}

function headingText(tracker: CivicStatusTracker): string {
  return tracker.shadowRoot!.querySelector('.heading')!.textContent.trim();
}

const permit = html`
  <civic-status-tracker show-heading>
    <civic-stage state="completed" date="1 October 2026">Received</civic-stage>
    <civic-stage state="current">Checking your documents</civic-stage>
    <civic-stage state="upcoming">Decision made</civic-stage>
    <civic-stage state="upcoming">Permit issued</civic-stage>
  </civic-status-tracker>
`;

forEachRenderMode(['status-tracker'], (fixture) => {
  describe('stages', () => {
    it('says each state in words and marks only the current stage', async () => {
      const tracker = await fixture<CivicStatusTracker>(permit);
      const stages = [...tracker.querySelectorAll('civic-stage')];
      expect(stages.map(stateText)).to.deep.equal([
        'Completed',
        'Current stage',
        'Not started',
        'Not started',
      ]);
      expect(stages.map((stage) => stage.getAttribute('aria-current'))).to.deep.equal([
        null,
        'step',
        null,
        null,
      ]);
      expect(stages[0].shadowRoot!.querySelector('.date')!.textContent).to.equal('1 October 2026');
    });

    it('gives a stopped stage its reason', async () => {
      const stage = await fixture<CivicStage>(html`
        <civic-stage state="stopped" reason="We need a copy of your lease">Checking</civic-stage>
      `);
      expect(stateText(stage)).to.equal('Needs action');
      expect(stage.shadowRoot!.querySelector('.reason')!.textContent).to.equal(
        'We need a copy of your lease',
      );
    });

    it('moves the current marker when states change', async () => {
      const tracker = await fixture<CivicStatusTracker>(permit);
      await settle(tracker);
      const [, checking, decision] = [...tracker.querySelectorAll('civic-stage')];
      checking.state = 'completed';
      decision.state = 'current';
      await checking.updateComplete;
      await decision.updateComplete;
      await settle(tracker);
      expect(checking.hasAttribute('aria-current')).to.equal(false);
      expect(decision.getAttribute('aria-current')).to.equal('step');
      expect(headingText(tracker)).to.equal('Stage 3 of 4: Decision made');
    });

    it('warns about an unknown state and shows it as not started', async () => {
      clearWarningHistory();
      const stage = document.createElement('civic-stage');
      stage.setAttribute('state', 'done');
      stage.textContent = 'Received';
      const warnings = await warningsDuring(async () => {
        document.body.append(stage);
        await stage.updateComplete;
      });
      expect(warnings.join()).to.contain('no state "done"');
      expect(stateText(stage)).to.equal('Not started');
      stage.remove();
    });
  });

  describe('heading', () => {
    it('says where the case is', async () => {
      const tracker = await fixture<CivicStatusTracker>(permit);
      await settle(tracker);
      expect(headingText(tracker)).to.equal('Stage 2 of 4: Checking your documents');
      expect(tracker.shadowRoot!.querySelector('h2')).to.not.equal(null);
    });

    it('is hidden without show-heading', async () => {
      const tracker = await fixture<CivicStatusTracker>(html`
        <civic-status-tracker
          ><civic-stage state="current">Received</civic-stage></civic-status-tracker
        >
      `);
      await settle(tracker);
      expect(tracker.shadowRoot!.querySelector<HTMLElement>('.heading-wrap')!.hidden).to.equal(
        true,
      );
    });

    it('speaks Welsh when the page does', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="cy">
          <civic-status-tracker show-heading>
            <civic-stage state="completed">Wedi derbyn</civic-stage>
            <civic-stage state="current">Gwirio eich dogfennau</civic-stage>
            <civic-stage state="upcoming">Penderfyniad</civic-stage>
          </civic-status-tracker>
        </div>
      `);
      const tracker = wrapper.querySelector('civic-status-tracker')!;
      await settle(tracker);
      const stages = [...wrapper.querySelectorAll('civic-stage')];
      await Promise.all(stages.map((stage) => stage.updateComplete));
      expect(headingText(tracker)).to.equal('Cam 2 o 3: Gwirio eich dogfennau');
      expect(stages.map(stateText)).to.deep.equal([
        'Wedi cwblhau',
        'Cam presennol',
        'Heb ddechrau',
      ]);
    });
  });

  describe('layout', () => {
    async function stageBoxes(width: number): Promise<DOMRect[]> {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="inline-size: ${width}px">
          <civic-status-tracker>
            <civic-stage state="completed">Received</civic-stage>
            <civic-stage state="current">Checking your documents</civic-stage>
            <civic-stage state="upcoming">Decision made</civic-stage>
          </civic-status-tracker>
        </div>
      `);
      return [...wrapper.querySelectorAll('civic-stage')].map((stage) =>
        stage.getBoundingClientRect(),
      );
    }

    it('is vertical in a narrow container, in reading order', async () => {
      const [first, second, third] = await stageBoxes(320);
      expect(second.top).to.be.above(first.top);
      expect(third.top).to.be.above(second.top);
      expect(Math.round(second.left)).to.equal(Math.round(first.left));
    });

    it('is horizontal in a wide container, in reading order', async () => {
      const [first, second, third] = await stageBoxes(900);
      expect(second.left).to.be.above(first.left);
      expect(third.left).to.be.above(second.left);
      expect(Math.round(second.top)).to.equal(Math.round(first.top));
    });
  });

  describe('accessibility', () => {
    it('passes axe with every state', async () => {
      const tracker = await fixture<CivicStatusTracker>(html`
        <civic-status-tracker show-heading>
          <civic-stage state="completed" date="1 October 2026">Received</civic-stage>
          <civic-stage state="stopped" reason="We need a copy of your lease">Checking</civic-stage>
          <civic-stage state="current">Decision</civic-stage>
          <civic-stage state="upcoming">Permit issued</civic-stage>
        </civic-status-tracker>
      `);
      await settle(tracker);
      await expect(tracker).to.be.accessible();
    });

    itInAccessibilityTree(
      'is a list of stages under a heading that says where the case is',
      async () => {
        const tracker = await fixture<CivicStatusTracker>(permit);
        await settle(tracker);
        // Chromium's DevTools protocol does not report aria-current, so the
        // "step" marker is checked on the element (see "stages" above).
        expect(await accessibleNodes(tracker, { role: 'list' })).to.have.length(1);
        expect(await accessibleNodes(tracker, { role: 'listitem' })).to.have.length(4);
        await expectAccessibleNode(tracker, {
          role: 'heading',
          name: 'Stage 2 of 4: Checking your documents',
        });
        const text = (await accessibleNodes(tracker, { role: 'StaticText' })).map(
          (node) => node.name,
        );
        expect(text).to.include.members(['Received', 'Completed', 'Current stage', 'Not started']);
      },
    );
  });

  describe('bad input', () => {
    it('renders hostile titles, dates and reasons as text', async () => {
      const stage = await fixture<CivicStage>(html`
        <civic-stage state="stopped" date=${HOSTILE} reason=${HOSTILE}>${HOSTILE}</civic-stage>
      `);
      expect(stage.textContent).to.equal(HOSTILE);
      expect(stage.shadowRoot!.querySelector('.date')!.textContent).to.equal(HOSTILE);
      expect(stage.shadowRoot!.querySelector('.reason')!.textContent).to.equal(HOSTILE);
      expect(stage.shadowRoot!.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('wraps long, emoji and right-to-left titles inside a 320px column', async () => {
      const long = `${'Checking-your-supporting-documents-'.repeat(6)} 📄 التحقق من المستندات`;
      const column = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <civic-status-tracker
            ><civic-stage state="current">${long}</civic-stage></civic-status-tracker
          >
        </div>
      `);
      const stage = column.querySelector('civic-stage')!;
      expect(stage.getBoundingClientRect().width).to.be.at.most(320);
      const box = stage.shadowRoot!.querySelector('.stage')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
    });
  });
});

describe('status tracker without JavaScript (server-rendered, never hydrated)', () => {
  it('shows every stage with its state in words and marks the current one', async () => {
    const tracker = await serverRenderedWithoutScript<HTMLElement>(['status-tracker'], permit);
    const stages = [...tracker.querySelectorAll('civic-stage')];
    expect(stages[0].hasAttribute('defer-hydration')).to.equal(true);
    expect(
      stages.map((stage) => stage.shadowRoot!.querySelector('.state')!.textContent.trim()),
    ).to.deep.equal(['Completed', 'Current stage', 'Not started', 'Not started']);
    expect(stages.map((stage) => stage.getAttribute('role'))).to.deep.equal([
      'listitem',
      'listitem',
      'listitem',
      'listitem',
    ]);
    expect(stages[1].getAttribute('aria-current')).to.equal('step');
  });
});
