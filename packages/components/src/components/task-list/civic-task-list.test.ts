import { HOSTILE } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import {
  forEachRenderMode,
  serverRenderedWithoutScript,
  settle,
} from '../../../test/render-modes.js';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { warningsDuring } from '../../../test/warnings.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { clearWarningHistory } from '../../core/warn.js';
import type { CivicTask, CivicTaskList } from './define.js';
import './define.js';

function link(task: Element): HTMLAnchorElement | null {
  return task.shadowRoot!.querySelector('a');
}

function statusOf(task: Element): HTMLElement {
  return task.shadowRoot!.querySelector<HTMLElement>('.status')!.firstElementChild as HTMLElement;
}

forEachRenderMode(['task-list'], (fixture) => {
  describe('tasks', () => {
    it('links the title and shows each status in words, with a tag unless completed', async () => {
      const list = await fixture<CivicTaskList>(html`
        <civic-task-list>
          <civic-task href="/details" status="completed">Your details</civic-task>
          <civic-task href="/vehicle" status="in-progress">Vehicle</civic-task>
          <civic-task href="/docs" status="not-started">Documents</civic-task>
          <civic-task href="/contacts" status="incomplete">Contacts</civic-task>
          <civic-task href="/pay" status="cannot-start">Pay</civic-task>
        </civic-task-list>
      `);
      const tasks = [...list.querySelectorAll('civic-task')];
      expect(tasks.map((task) => statusOf(task).textContent.trim())).to.deep.equal([
        'Completed',
        'In progress',
        'Not yet started',
        'Incomplete',
        'Cannot start yet',
      ]);
      expect(tasks.map((task) => statusOf(task).tagName)).to.deep.equal([
        'SPAN',
        'STRONG',
        'STRONG',
        'STRONG',
        'STRONG',
      ]);
      expect(tasks.map((task) => statusOf(task).dataset.color)).to.deep.equal([
        undefined,
        'light-blue',
        'blue',
        'blue',
        'grey',
      ]);
      expect(link(tasks[0])!.getAttribute('href')).to.equal('/details');
      expect(link(tasks[0])!.getAttribute('aria-describedby')).to.equal('status');
    });

    it('does not link a task that cannot start yet, and greys its title', async () => {
      const task = await fixture<CivicTask>(
        html`<civic-task href="/pay" status="cannot-start">Pay</civic-task>`,
      );
      expect(link(task)).to.equal(null);
      const title = task.shadowRoot!.querySelector('.title')!;
      expect(getComputedStyle(title).color).to.equal(tokenColour('--civic-color-text-secondary'));
    });

    it('describes the link by its hint and status', async () => {
      const task = await fixture<CivicTask>(html`
        <civic-task href="/vehicle" status="in-progress" hint="Make, model and registration"
          >Vehicle</civic-task
        >
      `);
      expect(link(task)!.getAttribute('aria-describedby')).to.equal('hint status');
      expect(task.shadowRoot!.getElementById('hint')!.textContent).to.equal(
        'Make, model and registration',
      );
    });

    it('uses custom status wording and tag colour', async () => {
      const task = await fixture<CivicTask>(html`
        <civic-task
          href="/pay"
          status="in-progress"
          status-text="Waiting for payment"
          tag-color="yellow"
          >Pay</civic-task
        >
      `);
      expect(statusOf(task).textContent).to.equal('Waiting for payment');
      expect(statusOf(task).dataset.color).to.equal('yellow');
    });

    it('follows a status set as a property', async () => {
      const task = await fixture<CivicTask>(html`<civic-task href="/docs">Documents</civic-task>`);
      expect(statusOf(task).textContent).to.equal('Not yet started');
      task.status = 'completed';
      await task.updateComplete;
      expect(task.getAttribute('status')).to.equal('completed');
      expect(statusOf(task).textContent).to.equal('Completed');
    });

    it('warns about an unknown status and shows it as not started', async () => {
      clearWarningHistory();
      const task = document.createElement('civic-task');
      task.setAttribute('status', 'done');
      task.textContent = 'Documents';
      const warnings = await warningsDuring(async () => {
        document.body.append(task);
        await task.updateComplete;
      });
      expect(warnings.join()).to.contain('no status "done"');
      expect(warnings.join()).to.contain('status-text');
      expect(statusOf(task).textContent).to.equal('Not yet started');
      task.remove();
    });

    it('refuses a javascript: link with a warning and shows plain text', async () => {
      clearWarningHistory();
      const warnings = await warningsDuring(async () => {
        const task = await fixture<CivicTask>(
          html`<civic-task href="javascript:window.__civicHacked=true">Pay</civic-task>`,
        );
        expect(link(task)).to.equal(null);
      });
      expect(warnings.join()).to.contain('refused the URL');
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('makes the whole row the link target', async () => {
      const task = await fixture<CivicTask>(
        html`<civic-task href="#details" status="completed">Your details</civic-task>`,
      );
      const row = task.shadowRoot!.querySelector('.row')!.getBoundingClientRect();
      // A point beside the status, far from the title text.
      const hit = task.shadowRoot!.elementFromPoint(row.right - 2, row.top + row.height / 2);
      expect(hit).to.equal(link(task));
    });
  });

  describe('sections and summary', () => {
    it('numbers sections and gives their headings the requested level', async () => {
      const list = await fixture<CivicTaskList>(html`
        <civic-task-list>
          <civic-task-section heading="Check before you start" heading-level="3">
            <civic-task href="/eligibility" status="completed">Eligibility</civic-task>
          </civic-task-section>
          <civic-task-section heading="Prepare application" heading-level="3">
            <civic-task href="/details">Your details</civic-task>
          </civic-task-section>
        </civic-task-list>
      `);
      await settle(list);
      const headings = [...list.querySelectorAll('civic-task-section')].map((section) =>
        section.shadowRoot!.querySelector('h3')!,
      );
      expect(
        headings.map((heading) => heading.textContent.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal(['1. Check before you start', '2. Prepare application']);
    });

    it('counts completed tasks in its summary and follows status changes', async () => {
      const list = await fixture<CivicTaskList>(html`
        <civic-task-list show-summary>
          <civic-task href="/a" status="completed">A</civic-task>
          <civic-task href="/b" status="in-progress">B</civic-task>
          <civic-task href="/c">C</civic-task>
        </civic-task-list>
      `);
      await settle(list);
      const summary = () => list.shadowRoot!.querySelector('.summary')!.textContent.trim();
      expect(summary()).to.equal('You have completed 1 of 3 sections');
      const second = list.querySelectorAll('civic-task')[1];
      second.status = 'completed';
      await second.updateComplete;
      await settle(list);
      expect(summary()).to.equal('You have completed 2 of 3 sections');
    });

    it('speaks Welsh when the page does, and switches live', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="cy">
          <civic-task-list show-summary>
            <civic-task href="/a" status="completed">Eich manylion</civic-task>
            <civic-task href="/b" status="cannot-start">Talu</civic-task>
          </civic-task-list>
        </div>
      `);
      const list = wrapper.querySelector('civic-task-list')!;
      await settle(list);
      const tasks = [...wrapper.querySelectorAll('civic-task')];
      expect(statusOf(tasks[0]).textContent).to.equal('Wedi cwblhau');
      expect(statusOf(tasks[1]).textContent).to.equal('Methu dechrau eto');
      expect(list.shadowRoot!.querySelector('.summary')!.textContent.trim()).to.equal(
        'Rydych wedi cwblhau 1 o 2 adran',
      );
      wrapper.setAttribute('lang', 'en-GB');
      await settle(list);
      await tasks[0].updateComplete;
      expect(statusOf(tasks[0]).textContent).to.equal('Completed');
    });

    it('uses the singular for one section in English', async () => {
      const list = await fixture<CivicTaskList>(html`
        <civic-task-list show-summary><civic-task href="/a">A</civic-task></civic-task-list>
      `);
      await settle(list);
      expect(list.shadowRoot!.querySelector('.summary')!.textContent.trim()).to.equal(
        'You have completed 0 of 1 section',
      );
    });
  });

  describe('keyboard', () => {
    it('tabs through the task links in order, skipping tasks that cannot start', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <input id="civic-before" />
          <civic-task-list>
            <civic-task href="#a" status="completed">A</civic-task>
            <civic-task href="#b" status="cannot-start">B</civic-task>
            <civic-task href="#c">C</civic-task>
          </civic-task-list>
        </div>
      `);
      wrapper.querySelector('input')!.focus();
      const reached: string[] = [];
      for (let step = 0; step < 2; step++) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement as CivicTask;
        reached.push(active.shadowRoot?.activeElement?.getAttribute('href') ?? active.localName);
      }
      expect(reached).to.deep.equal(['#a', '#c']);
    });
  });

  describe('accessibility', () => {
    it('passes axe with every status, sections, hints and a summary', async () => {
      const list = await fixture<CivicTaskList>(html`
        <civic-task-list show-summary>
          <civic-task-section heading="Prepare application">
            <civic-task href="/a" status="completed" hint="Name and address">A</civic-task>
            <civic-task href="/b" status="in-progress">B</civic-task>
            <civic-task href="/c" status="not-started">C</civic-task>
            <civic-task href="/d" status="incomplete">D</civic-task>
            <civic-task href="/e" status="cannot-start">E</civic-task>
          </civic-task-section>
        </civic-task-list>
      `);
      await settle(list);
      await expect(list).to.be.accessible();
    });

    for (const [status, heard] of [
      ['completed', 'Completed'],
      ['in-progress', 'In progress'],
      ['not-started', 'Not yet started'],
      ['incomplete', 'Incomplete'],
    ] as const) {
      itInAccessibilityTree(
        `announces a ${status} task as a link described by its status`,
        async () => {
          const task = await fixture<CivicTask>(
            html`<civic-task href="/details" status=${status}>Your details</civic-task>`,
          );
          await expectAccessibleNode(task, {
            role: 'link',
            name: 'Your details',
            description: heard,
          });
        },
      );
    }

    itInAccessibilityTree('is a list of sections, each a list of tasks', async () => {
      const list = await fixture<CivicTaskList>(html`
        <civic-task-list>
          <civic-task-section heading="Prepare application">
            <civic-task href="/a" status="completed">A</civic-task>
            <civic-task href="/b">B</civic-task>
          </civic-task-section>
          <civic-task-section heading="Apply">
            <civic-task href="/c" status="cannot-start">C</civic-task>
          </civic-task-section>
        </civic-task-list>
      `);
      await settle(list);
      const { accessibleNodes } = await import('../../../test/accessibility-tree.js');
      expect(await accessibleNodes(list, { role: 'list' })).to.have.length(3);
      expect(await accessibleNodes(list, { role: 'listitem' })).to.have.length(5);
      const headings = await accessibleNodes(list, { role: 'heading' });
      expect(headings.map((heading) => heading.name)).to.deep.equal([
        '1. Prepare application',
        '2. Apply',
      ]);
    });

    itInAccessibilityTree('announces the hint before the status in the description', async () => {
      const task = await fixture<CivicTask>(html`
        <civic-task href="/vehicle" status="in-progress" hint="Make and model">Vehicle</civic-task>
      `);
      await expectAccessibleNode(task, {
        role: 'link',
        name: 'Vehicle',
        description: 'Make and model In progress',
      });
    });

    itInAccessibilityTree('gives a task that cannot start no link', async () => {
      const task = await fixture<CivicTask>(
        html`<civic-task href="/pay" status="cannot-start">Pay</civic-task>`,
      );
      const { accessibleNodes } = await import('../../../test/accessibility-tree.js');
      expect(await accessibleNodes(task, { role: 'link' })).to.have.length(0);
      expect(task.shadowRoot!.querySelector('.status')!.textContent.trim()).to.equal(
        'Cannot start yet',
      );
      expect(task.textContent).to.equal('Pay');
    });
  });

  describe('bad input', () => {
    it('renders hostile titles, hints and statuses as text', async () => {
      const task = await fixture<CivicTask>(html`
        <civic-task href="/a" hint=${HOSTILE} status-text=${HOSTILE}>${HOSTILE}</civic-task>
      `);
      expect(task.textContent).to.equal(HOSTILE);
      expect(task.shadowRoot!.querySelector('#hint')!.textContent).to.equal(HOSTILE);
      expect(statusOf(task).textContent).to.equal(HOSTILE);
      expect(task.shadowRoot!.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('wraps long, emoji and right-to-left text inside a 320px column', async () => {
      const long = `${'Upload-your-supporting-documents-'.repeat(6)} 📎 تحميل المستندات`;
      const column = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <civic-task-list>
            <civic-task href="/a" hint=${long} status-text=${long}>${long}</civic-task>
          </civic-task-list>
        </div>
      `);
      const task = column.querySelector('civic-task')!;
      expect(task.getBoundingClientRect().width).to.be.at.most(320);
      const row = task.shadowRoot!.querySelector('.row')!;
      expect(row.scrollWidth).to.be.at.most(row.clientWidth + 1);
    });
  });
});

describe('task list without JavaScript (server-rendered, never hydrated)', () => {
  it('shows the link, hint, status and section heading', async () => {
    const list = await serverRenderedWithoutScript<HTMLElement>(
      ['task-list'],
      html`
        <civic-task-list>
          <civic-task-section heading="Prepare application" number="1">
            <civic-task href="/vehicle" status="in-progress" hint="Make and model"
              >Vehicle</civic-task
            >
          </civic-task-section>
        </civic-task-list>
      `,
    );
    const section = list.querySelector('civic-task-section')!;
    const task = list.querySelector('civic-task')!;
    expect(task.hasAttribute('defer-hydration')).to.equal(true);
    expect(
      section.shadowRoot!.querySelector('h2')!.textContent.replace(/\s+/g, ' ').trim(),
    ).to.equal('1. Prepare application');
    expect(task.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/vehicle');
    expect(task.shadowRoot!.querySelector('#hint')!.textContent).to.equal('Make and model');
    expect(task.shadowRoot!.querySelector('.status')!.textContent.trim()).to.equal('In progress');
  });

  itInAccessibilityTree('is announced as a described link with JavaScript off', async () => {
    const list = await serverRenderedWithoutScript<HTMLElement>(
      ['task-list'],
      html`<civic-task-list
        ><civic-task href="/details" status="completed">Your details</civic-task></civic-task-list
      >`,
    );
    await expectAccessibleNode(list, {
      role: 'link',
      name: 'Your details',
      description: 'Completed',
    });
  });
});
