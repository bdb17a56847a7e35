import { HOSTILE } from '../../../test/hostile.js';
import { forEachRenderMode, serverRenderedWithoutScript } from '../../../test/render-modes.js';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { warningsDuring } from '../../../test/warnings.js';
import { cleanupFixtures } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { clearWarningHistory } from '../../core/warn.js';
import type { CivicNotificationBanner, DismissDetail } from './civic-notification-banner.js';
import './define.js';

// The space bar by its key value, which Playwright, Puppeteer and WebDriver all accept.
const SPACE = ' ';

/** The element that carries the banner's role, label and (for success) focus. */
function region(banner: CivicNotificationBanner): HTMLElement {
  return banner.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
}

function title(banner: CivicNotificationBanner): string {
  return banner.shadowRoot!.querySelector('[part~="heading"]')!.textContent.trim();
}

function dismissButton(banner: CivicNotificationBanner): HTMLButtonElement | null {
  return banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="dismiss"]');
}

/** What has focus, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

forEachRenderMode(['notification-banner'], (fixture, mode) => {
  // A success banner takes focus on its first render. The hydrated fixture
  // also renders a client copy to compare markup with, which takes focus from
  // the hydrated banner, and a banner that has lost focus has (rightly) dropped
  // its tabindex, so the two would differ. Success banners in this suite
  // therefore disable auto focus unless the test is about focus, and focus on
  // appearance after hydration is tested below, outside the suite.
  const clientOnly = (name: string, test: () => Promise<void>) => {
    if (mode === 'client-rendered') it(name, test);
    else
      it.skip(
        `${name} (client-rendered only: the hydrated fixture's comparison copy takes focus; see "takes focus when a server-rendered success banner hydrates")`,
        test,
      );
  };

  beforeEach(() => clearWarningHistory());

  it('is by default an "Important" region labelled by its title, and leaves focus alone', async () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner>
        <p slot="heading">You have 7 days left to send your application.</p>
        <p>Your application will be closed after that.</p>
      </civic-notification-banner>
    `);
    try {
      expect(banner.type).to.equal('important');
      expect(title(banner)).to.equal('Important');
      expect(banner.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Important');
      const box = region(banner);
      expect(box.getAttribute('role')).to.equal('region');
      const labelledBy = banner.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!);
      expect(labelledBy!.textContent.trim()).to.equal('Important');
      expect(box.hasAttribute('tabindex')).to.equal(false);
      expect(document.activeElement).to.equal(before);
      const heading = banner.querySelector('[slot="heading"]')!;
      expect(heading.assignedSlot!.name).to.equal('heading');
      expect(getComputedStyle(heading).fontWeight).to.equal('700');
      expect(dismissButton(banner)).to.equal(null);
    } finally {
      before.remove();
    }
  });

  it('is a "Success" alert when type="success"', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner type="success" disable-auto-focus>
        <p slot="heading">Your address was updated.</p>
      </civic-notification-banner>
    `);
    expect(title(banner)).to.equal('Success');
    expect(region(banner).getAttribute('role')).to.equal('alert');
    expect(region(banner).getAttribute('aria-labelledby')).to.not.equal(null);
  });

  clientOnly(
    'takes focus when a success banner appears, then drops out of focus for good',
    async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <civic-notification-banner type="success">
            <p slot="heading">Your address was updated.</p>
          </civic-notification-banner>
          <button>Continue</button>
        </div>
      `);
      const banner = wrapper.querySelector('civic-notification-banner')!;
      await banner.updateComplete;
      expect(deepActiveElement(), 'focus on the banner').to.equal(region(banner));
      expect(region(banner).getAttribute('tabindex')).to.equal('-1');
      // Tab moves on to the page; the banner is no longer focusable at all.
      await sendKeys({ press: 'Tab' });
      await banner.updateComplete;
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
      expect(region(banner).hasAttribute('tabindex')).to.equal(false);
      // Nothing can focus it again, so a click on its text does not either.
      region(banner).focus();
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    },
  );

  clientOnly(
    'leaves focus with the newest of two success banners, without taking it back',
    async () => {
      // A banner that decided to take focus on every update, rather than on its
      // first only, would take it back from the other on blur, and the two would
      // pass focus between them for ever: the page hangs (in every engine).
      const first = await fixture<CivicNotificationBanner>(html`
        <civic-notification-banner type="success"
          ><p slot="heading">Saved.</p></civic-notification-banner
        >
      `);
      expect(deepActiveElement()).to.equal(region(first));
      const second = document.createElement('civic-notification-banner');
      second.type = 'success';
      second.textContent = 'Sent.';
      first.after(second);
      await second.updateComplete;
      await first.updateComplete;
      expect(deepActiveElement()).to.equal(region(second));
      expect(region(first).hasAttribute('tabindex')).to.equal(false);
      second.remove();
    },
  );

  it('does not take focus with disable-auto-focus', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner type="success" disable-auto-focus>
        <p slot="heading">Saved.</p>
      </civic-notification-banner>
    `);
    expect(deepActiveElement()).to.not.equal(region(banner));
    expect(region(banner).hasAttribute('tabindex')).to.equal(false);
  });

  it('does not take focus when it becomes a success banner after it first rendered', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner><p slot="heading">Checking…</p></civic-notification-banner>
    `);
    banner.type = 'success';
    await banner.updateComplete;
    expect(region(banner).getAttribute('role')).to.equal('alert');
    expect(deepActiveElement()).to.not.equal(region(banner));
  });

  it('uses title-text and heading-level', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner title-text="Service update" heading-level="3">
        <p slot="heading">The service will be closed on Sunday.</p>
      </civic-notification-banner>
    `);
    expect(banner.shadowRoot!.querySelector('h3')!.textContent.trim()).to.equal('Service update');
    banner.titleText = '   ';
    await banner.updateComplete;
    expect(title(banner), 'a blank title falls back to the default').to.equal('Important');
  });

  it('says its title and dismiss button in Welsh in a Welsh page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="cy">
        <civic-notification-banner dismissible
          ><p slot="heading">Sylwch</p></civic-notification-banner
        >
        <civic-notification-banner type="success" disable-auto-focus dismissible
          ><p slot="heading">Wedi'i gadw</p></civic-notification-banner
        >
      </div>
    `);
    const [important, success] = wrapper.querySelectorAll('civic-notification-banner');
    await important.updateComplete;
    await success.updateComplete;
    expect(title(important)).to.equal('Pwysig');
    expect(title(success)).to.equal('Llwyddiant');
    const button = dismissButton(success)!;
    expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal('Cau hysbysiad Llwyddiant');
  });

  it('names its dismiss button with the banner title', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner dismissible><p slot="heading">Note</p></civic-notification-banner>
    `);
    const button = dismissButton(banner)!;
    expect(button.type).to.equal('button');
    expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Dismiss Important notification',
    );
    expect(button.closest('[hidden]'), 'shown once scripted').to.equal(null);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('dismisses with the keyboard: fires civic-dismiss, hides, and moves focus on', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <civic-notification-banner type="success" disable-auto-focus dismissible>
          <p slot="heading">Saved.</p>
        </civic-notification-banner>
        <p>Nothing to focus here.</p>
        <a href="#next">Next step</a>
      </div>
    `);
    const banner = wrapper.querySelector('civic-notification-banner')!;
    await banner.updateComplete;
    const events: CustomEvent<DismissDetail>[] = [];
    wrapper.addEventListener('civic-dismiss', (event) =>
      events.push(event as CustomEvent<DismissDetail>),
    );
    dismissButton(banner)!.focus();
    await sendKeys({ press: 'Enter' });
    await banner.updateComplete;
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({ type: 'success' });
    expect(banner.hidden).to.equal(true);
    expect(getComputedStyle(banner).display).to.equal('none');
    expect(document.activeElement).to.equal(wrapper.querySelector('a'));
  });

  it('dismisses with Space, and returns focus to the page when nothing follows', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner dismissible><p slot="heading">Note</p></civic-notification-banner>
    `);
    dismissButton(banner)!.focus();
    await sendKeys({ press: SPACE });
    expect(banner.hidden).to.equal(true);
    expect(document.activeElement).to.equal(document.body);
  });

  it('stays when civic-dismiss is cancelled', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner dismissible><p slot="heading">Note</p></civic-notification-banner>
    `);
    banner.addEventListener('civic-dismiss', (event) => event.preventDefault());
    dismissButton(banner)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(banner.hidden).to.equal(false);
    expect(deepActiveElement()).to.equal(dismissButton(banner));
  });

  it('shows its own link with the link styles, and refuses a script URL', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner
        link-href="/application/HDJ2123F"
        link-text="View your application"
      >
        <p slot="heading">We need more information.</p>
      </civic-notification-banner>
    `);
    const link = banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(link.getAttribute('href')).to.equal('/application/HDJ2123F');
    expect(link.textContent).to.equal('View your application');
    expect(link.classList.contains('link')).to.equal(true);
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    const warnings = await warningsDuring(async () => {
      banner.linkHref = 'javascript:alert(1)';
      await banner.updateComplete;
    });
    expect(banner.shadowRoot!.querySelector('[part~="link"]')).to.equal(null);
    expect(warnings.join('\n')).to.contain('refused the URL');
  });

  it('warns about an unknown type and shows it as important', async () => {
    const warnings = await warningsDuring(() =>
      fixture(html`<civic-notification-banner type="sucess"></civic-notification-banner>`),
    );
    expect(warnings.join('\n')).to.contain('type="sucess"> is not a banner type');
  });

  it('passes axe as important, success, dismissible, with a link, and in Welsh', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <civic-notification-banner dismissible link-href="/x" link-text="View">
          <p slot="heading">You have 7 days left.</p>
          <p>Then <a href="/close">it closes</a>.</p>
        </civic-notification-banner>
        <civic-notification-banner type="success" disable-auto-focus dismissible>
          <p slot="heading">Saved.</p>
        </civic-notification-banner>
        <div lang="cy">
          <civic-notification-banner type="success" disable-auto-focus dismissible>
            <p slot="heading">Wedi'i gadw.</p>
          </civic-notification-banner>
        </div>
      </div>
    `);
    await expect(wrapper).to.be.accessible();
  });

  clientOnly('passes axe while a success banner holds focus', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner type="success"
        ><p slot="heading">Saved.</p></civic-notification-banner
      >
    `);
    expect(deepActiveElement()).to.equal(region(banner));
    await expect(banner).to.be.accessible();
  });

  itInAccessibilityTree(
    'announces an important banner as a region named by its title',
    async () => {
      const banner = await fixture<CivicNotificationBanner>(html`
        <civic-notification-banner><p slot="heading">Note</p></civic-notification-banner>
      `);
      await expectAccessibleNode(banner, { role: 'region', name: 'Important' });
      await expectAccessibleNode(banner, { role: 'heading', name: 'Important' });
    },
  );

  itInAccessibilityTree('announces a success banner as an alert named by its title', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner type="success" disable-auto-focus dismissible
        ><p slot="heading">Saved.</p></civic-notification-banner
      >
    `);
    await expectAccessibleNode(banner, { role: 'alert', name: 'Success' });
    await expectAccessibleNode(banner, { role: 'button', name: 'Dismiss Success notification' });
  });

  it('renders hostile title, content and link text as text', async () => {
    const banner = await fixture<CivicNotificationBanner>(html`
      <civic-notification-banner
        title-text=${HOSTILE}
        link-href="/x"
        link-text=${HOSTILE}
        dismissible
      >
        <p slot="heading">${HOSTILE}</p>
        ${HOSTILE}
      </civic-notification-banner>
    `);
    expect(title(banner)).to.equal(HOSTILE);
    expect(banner.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal(HOSTILE);
    expect(dismissButton(banner)!.textContent).to.contain(HOSTILE);
    expect(banner.shadowRoot!.querySelector('img')).to.equal(null);
    expect(banner.querySelector('img')).to.equal(null);
    expect(window.__civicHacked).to.equal(undefined);
  });

  it('reflows at 320 CSS px: long words and emoji wrap, nothing scrolls sideways', async () => {
    const long = 'Cyfeirnod' + 'ABCDEFGHIJ'.repeat(10);
    const column = await fixture<HTMLDivElement>(html`
      <div style="inline-size: 320px">
        <civic-notification-banner title-text=${long} dismissible>
          <p slot="heading">${long} 🎉 مرحبا</p>
        </civic-notification-banner>
      </div>
    `);
    const banner = column.querySelector('civic-notification-banner')!;
    await banner.updateComplete;
    const box = region(banner);
    expect(box.getBoundingClientRect().width).to.be.at.most(320);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
    expect(banner.querySelector('p')!.scrollWidth).to.be.at.most(320);
  });
  // Only Chromium lets tests switch forced colours on (emulateMedia forcedColors).
  const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
  const itWithForcedColours = (name: string, test: () => Promise<void>) =>
    canEmulateForcedColours
      ? it(name, test)
      : it.skip(
          `${name} (Chromium only: other engines cannot emulate forced colours in tests)`,
          test,
        );
  itWithForcedColours(
    'keeps the title bar divided from the message when forced colours drop the background',
    async () => {
      const banner = await fixture<CivicNotificationBanner>(html`
        <civic-notification-banner><p slot="heading">Note</p></civic-notification-banner>
      `);
      const header = banner.shadowRoot!.querySelector('[part~="header"]')!;
      expect(getComputedStyle(header).borderBottomStyle).to.equal('none');
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(getComputedStyle(header).borderBottomStyle).to.equal('solid');
        expect(getComputedStyle(region(banner)).borderTopStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );
});

describe('server-rendered without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('reads as a labelled region with its title and message, and no dead dismiss button', async () => {
    const banner = await serverRenderedWithoutScript<CivicNotificationBanner>(
      ['notification-banner'],
      html`<civic-notification-banner dismissible link-href="/a" link-text="View your application"
        ><p slot="heading">You have 7 days left.</p></civic-notification-banner
      >`,
    );
    const box = region(banner);
    expect(box.getAttribute('role')).to.equal('region');
    expect(
      banner.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!.textContent,
    ).to.contain('Important');
    expect(banner.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Important');
    expect(banner.querySelector('[slot="heading"]')!.assignedSlot).to.not.equal(null);
    expect(banner.shadowRoot!.querySelector('[part~="link"]')!.getAttribute('href')).to.equal('/a');
    // A button that nothing would make work is hidden, so it is not announced.
    const button = dismissButton(banner)!;
    expect(button.closest('[hidden]')).to.not.equal(null);
    expect(getComputedStyle(button).display === 'none' || button.offsetParent === null).to.equal(
      true,
    );
  });

  it('renders a success banner as an alert, focusable for when the script arrives', async () => {
    const banner = await serverRenderedWithoutScript<CivicNotificationBanner>(
      ['notification-banner'],
      html`<civic-notification-banner type="success"
        ><p slot="heading">Saved.</p></civic-notification-banner
      >`,
    );
    expect(region(banner).getAttribute('role')).to.equal('alert');
    expect(region(banner).getAttribute('tabindex')).to.equal('-1');
    expect(banner.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Success');
  });

  it('takes focus when a server-rendered success banner hydrates', async () => {
    const banner = await serverRenderedWithoutScript<CivicNotificationBanner>(
      ['notification-banner'],
      html`<civic-notification-banner type="success"
        ><p slot="heading">Saved.</p></civic-notification-banner
      >`,
    );
    expect(deepActiveElement()).to.not.equal(region(banner));
    banner.removeAttribute('defer-hydration');
    await banner.updateComplete;
    expect(deepActiveElement()).to.equal(region(banner));
  });
});
