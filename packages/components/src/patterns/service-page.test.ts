import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { accessibleNodes, itInAccessibilityTree } from '../../test/accessibility-tree.js';
import { cleanUp, container } from '../../test/authoring.js';
import { framedPage } from '../../test/viewport.js';
import '../components/button/define.js';
import '../components/cookie-banner/define.js';
import '../components/language-toggle/define.js';
import '../components/service-navigation/define.js';
import '../components/skip-link/define.js';
import '../components/text-input/define.js';
import { servicePage, type PageLanguage } from './service-page.js';

// A path this test page is not under: the consent cookie never hides the banner.
const COOKIE_PATH = '/civic-test-cookies';

function page(language: PageLanguage): HTMLElement {
  const root = container();
  root.lang = language;
  root.innerHTML = servicePage(language, { cookiePath: COOKIE_PATH });
  return root;
}

/** Every landmark in reading order, as `role "name"`. */
async function landmarks(root: Element): Promise<string[]> {
  const roles = ['banner', 'navigation', 'main', 'contentinfo', 'region'];
  const found: { top: number; text: string }[] = [];
  for (const role of roles) {
    const nodes = await accessibleNodes(root, { role });
    const elements = [...root.querySelectorAll(landmarkSelector(role))];
    expect(nodes.length, role).to.equal(elements.length);
    nodes.forEach((node, index) => {
      found.push({
        top: elements[index].getBoundingClientRect().top,
        text: `${role} "${node.name}"`,
      });
    });
  }
  return found.sort((a, b) => a.top - b.top).map((landmark) => landmark.text);
}

function landmarkSelector(role: string): string {
  return {
    banner: 'header',
    navigation: 'nav',
    main: 'main',
    contentinfo: 'footer',
    region: '[role="region"]',
  }[role]!;
}

describe('service page pattern', () => {
  afterEach(() => cleanUp());

  it('starts with the skip link, which takes a keyboard past the header to the question', async () => {
    const root = page('en');
    const start = document.createElement('button');
    start.textContent = 'Start';
    root.prepend(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent).to.equal('Skip to main content');
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(root.querySelector('main'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(root.querySelector('input[name="registration"]'));
  });

  for (const language of ['en', 'cy'] as const) {
    it(`passes axe in ${language === 'en' ? 'English' : 'Welsh'}`, async () => {
      await expect(page(language)).to.be.accessible();
    });
  }

  it('without script, fits a 320 px screen with every link of the navigation shown', async () => {
    const narrow = await framedPage(
      container(),
      `<body class="civic-template__body">${servicePage('en', { cookiePath: COOKIE_PATH })}</body>`,
      320,
      'lang="en" class="civic-template"',
    );
    expect(narrow.documentElement.scrollWidth).to.be.at.most(320);
    const navigationLinks = [...narrow.querySelectorAll('.civic-service-navigation__link')];
    expect(navigationLinks.map((link) => link.getBoundingClientRect().height > 0)).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(
      narrow.querySelector('.civic-service-navigation__toggle')!.getBoundingClientRect().height,
    ).to.equal(0);
  });

  itInAccessibilityTree(
    'has its landmarks, each named, in reading order, in English and Welsh',
    async () => {
      expect(await landmarks(page('en'))).to.deep.equal([
        'region "Cookies on Apply for a parking permit"',
        'banner ""',
        'navigation "Menu"',
        'navigation "Choose a language"',
        'main ""',
        'contentinfo ""',
      ]);
      cleanUp();
      expect(await landmarks(page('cy'))).to.deep.equal([
        'region "Cwcis ar Gwneud cais am drwydded barcio"',
        'banner ""',
        'navigation "Dewislen"',
        'navigation "Dewis iaith"',
        'main ""',
        'contentinfo ""',
      ]);
    },
  );
});
