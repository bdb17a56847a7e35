import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { cleanUp, container, normalisedMarkup } from '../../../test/authoring.js';
import { HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { framedPage } from '../../../test/viewport.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import '../skip-link/define.js';
import { CivicLanguageToggle } from './define.js';
import { languageToggleMarkup, type LanguageToggleParams } from './markup.js';

const HREFS = { englishHref: '#/en/permit', welshHref: '#/cy/trwydded' };

/** The toggle a server writes, parsed into the page as a browser parses it. */
function serverToggle(
  params: LanguageToggleParams,
  parent: Element = container(),
): CivicLanguageToggle {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(languageToggleMarkup(params));
  const element = holder.firstElementChild as CivicLanguageToggle;
  parent.append(element);
  return element;
}

/** The toggle a framework writes: attributes only. */
function attributeToggle(
  params: LanguageToggleParams,
  parent: Element = container(),
): CivicLanguageToggle {
  const element = document.createElement('civic-language-toggle');
  if (params.current !== undefined) element.setAttribute('current', params.current);
  if (params.englishHref !== undefined) element.setAttribute('english-href', params.englishHref);
  if (params.welshHref !== undefined) element.setAttribute('welsh-href', params.welshHref);
  if (params.label !== undefined) element.setAttribute('label', params.label);
  if (params.live === true) element.setAttribute('live', '');
  parent.append(element);
  return element;
}

const AUTHORED = [
  ['server HTML', serverToggle],
  ['attributes', attributeToggle],
] as const;

const links = (element: Element) => [
  ...element.querySelectorAll<HTMLElement>('.civic-language-toggle__link'),
];
const currentOf = (element: Element) =>
  links(element).map((link) => `${link.textContent}:${link.getAttribute('aria-current') ?? '-'}`);

describe('<civic-language-toggle>', () => {
  const rootLanguage = document.documentElement.lang;
  beforeEach(() => clearWarningHistory());
  afterEach(() => {
    cleanUp();
    document.documentElement.lang = rootLanguage;
  });

  describe('markup', () => {
    it('writes both links, each with lang and hreflang, the current one marked', () => {
      expect(toHtml(languageToggleMarkup({ ...HREFS, current: 'cy' }))).to.equal(
        '<civic-language-toggle current="cy" english-href="#/en/permit" welsh-href="#/cy/trwydded"><nav class="civic-language-toggle" aria-label="Dewis iaith"><ul class="civic-language-toggle__list">' +
          '<li class="civic-language-toggle__item"><a class="civic-language-toggle__link" lang="en" href="#/en/permit" hreflang="en">English</a></li>' +
          '<li class="civic-language-toggle__item"><a class="civic-language-toggle__link" lang="cy" aria-current="true" href="#/cy/trwydded" hreflang="cy">Cymraeg</a></li>' +
          '</ul></nav></civic-language-toggle>',
      );
      expect(toHtml(languageToggleMarkup({ ...HREFS, live: true, label: 'Language' }))).to.equal(
        '<civic-language-toggle english-href="#/en/permit" welsh-href="#/cy/trwydded" label="Language" live><nav class="civic-language-toggle" aria-label="Language"><ul class="civic-language-toggle__list">' +
          '<li class="civic-language-toggle__item"><a class="civic-language-toggle__link" lang="en" aria-current="true" href="#/en/permit" hreflang="en">English</a></li>' +
          '<li class="civic-language-toggle__item"><a class="civic-language-toggle__link" lang="cy" href="#/cy/trwydded" hreflang="cy">Cymraeg</a></li>' +
          '</ul></nav></civic-language-toggle>',
      );
    });

    it('refuses script URLs (the language is then text), writes hostile text as text, and never throws', async () => {
      const warnings = await warningsDuring(() => {
        expect(
          toHtml(
            languageToggleMarkup({
              englishHref: '/en',
              welshHref: 'javascript:alert(1)',
              label: HOSTILE,
            }),
          ),
        ).to.equal(
          '<civic-language-toggle english-href="/en" label="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>"><nav class="civic-language-toggle" aria-label="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>"><ul class="civic-language-toggle__list">' +
            '<li class="civic-language-toggle__item"><a class="civic-language-toggle__link" lang="en" aria-current="true" href="/en" hreflang="en">English</a></li>' +
            '<li class="civic-language-toggle__item"><span class="civic-language-toggle__link" lang="cy">Cymraeg</span></li>' +
            '</ul></nav></civic-language-toggle>',
        );
        expect(
          toHtml(
            languageToggleMarkup({
              current: 'fr',
              englishHref: 4,
              live: 'yes',
            } as unknown as LanguageToggleParams),
          ),
        ).to.equal(
          '<civic-language-toggle current="en"><nav class="civic-language-toggle" aria-label="Choose a language"><ul class="civic-language-toggle__list">' +
            '<li class="civic-language-toggle__item"><span class="civic-language-toggle__link" lang="en" aria-current="true">English</span></li>' +
            '<li class="civic-language-toggle__item"><span class="civic-language-toggle__link" lang="cy">Cymraeg</span></li>' +
            '</ul></nav></civic-language-toggle>',
        );
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-language-toggle> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        "[civic] <civic-language-toggle> has no safe URL for Cymraeg, so it is shown as text. Give welshHref (welsh-href), this page's URL in that language.",
        '[civic] <civic-language-toggle> current="fr" is not one of en, cy, so "en" is used.',
      ]);
    });
  });

  it('is the same DOM from server HTML and from attributes, before and after upgrade', () => {
    const states: LanguageToggleParams[] = [
      { ...HREFS },
      { ...HREFS, current: 'cy' },
      { ...HREFS, current: 'en', live: true, label: 'Language' },
    ];
    for (const params of states) {
      const server = serverToggle(params);
      const serverDom = normalisedMarkup(server);
      server.remove();
      const built = attributeToggle(params);
      expect(normalisedMarkup(built), JSON.stringify(params)).to.equal(serverDom);
      built.remove();
      const before = new DOMParser().parseFromString(
        toHtml(languageToggleMarkup(params)),
        'text/html',
      );
      expect(serverDom).to.equal(normalisedMarkup(before.body.firstElementChild!));
    }
  });

  for (const [authoring, make] of AUTHORED) {
    describe(`authored as ${authoring}`, () => {
      it('navigates by default: following Cymraeg goes to the Welsh page’s URL', () => {
        const toggle = make({ ...HREFS });
        expect(toggle).to.be.instanceOf(CivicLanguageToggle);
        const welsh = links(toggle)[1] as HTMLAnchorElement;
        let followed = '';
        welsh.addEventListener('click', (event) => {
          followed = event.defaultPrevented ? 'prevented' : welsh.getAttribute('href')!;
          event.preventDefault();
        });
        welsh.click();
        expect(followed).to.equal('#/cy/trwydded');
        expect(document.documentElement.lang).to.equal(rootLanguage);
      });

      it('with live, switches the page’s language, re-words Civic’s strings and keeps focus on the chosen link', async () => {
        const root = container();
        const skipLink = document.createElement('civic-skip-link');
        root.append(skipLink);
        const start = document.createElement('button');
        start.textContent = 'Start';
        root.append(start);
        const toggle = make({ ...HREFS, live: true }, root);
        const changes: string[] = [];
        toggle.addEventListener('civic-language-change', (event) => {
          changes.push((event as CustomEvent<{ language: string }>).detail.language);
        });
        start.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.textContent).to.equal('Cymraeg');
        await sendKeys({ press: 'Enter' });
        await toggle.updateComplete;
        await skipLink.updateComplete;
        expect(document.documentElement.lang).to.equal('cy');
        expect(changes).to.deep.equal(['cy']);
        expect(currentOf(toggle)).to.deep.equal(['English:-', 'Cymraeg:true']);
        expect(toggle.querySelector('nav')!.getAttribute('aria-label')).to.equal('Dewis iaith');
        expect(skipLink.textContent).to.equal('Neidio i’r prif gynnwys');
        expect(document.activeElement?.textContent).to.equal('Cymraeg');
        expect(location.hash).to.not.equal('#/cy/trwydded');
        // Back to English (Firefox's and WebKit's drivers know no Shift+Tab).
        links(toggle)[0].focus();
        await sendKeys({ press: 'Enter' });
        await toggle.updateComplete;
        await skipLink.updateComplete;
        expect(document.documentElement.lang).to.equal('en');
        expect(currentOf(toggle)).to.deep.equal(['English:true', 'Cymraeg:-']);
        expect(skipLink.textContent).to.equal('Skip to main content');
        expect(document.activeElement?.textContent).to.equal('English');
      });
    });
  }

  it('lets a page cancel a live switch, and then the link is followed', () => {
    const toggle = serverToggle({ ...HREFS, live: true });
    toggle.addEventListener('civic-language-change', (event) => event.preventDefault());
    const welsh = links(toggle)[1];
    let followed = false;
    welsh.addEventListener('click', (event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    });
    welsh.click();
    expect(followed).to.equal(true);
    expect(document.documentElement.lang).to.equal(rootLanguage);
  });

  it('reflects properties to attributes; null, removal and wrong types never throw', async () => {
    const toggle = attributeToggle({ ...HREFS });
    const warnings = await warningsDuring(async () => {
      toggle.current = 'cy';
      toggle.live = true;
      await toggle.updateComplete;
      expect(currentOf(toggle)).to.deep.equal(['English:-', 'Cymraeg:true']);
      expect(toggle.hasAttribute('live')).to.equal(true);
      toggle.current = 'de' as unknown as 'en';
      toggle.welshHref = null;
      toggle.live = undefined;
      toggle.label = { a: 1 } as unknown as string;
      await toggle.updateComplete;
      expect(toggle.current).to.equal('en');
      expect(toggle.hasAttribute('live')).to.equal(false);
      expect(toggle.querySelector('span')?.outerHTML).to.equal(
        '<span class="civic-language-toggle__link" lang="cy">Cymraeg</span>',
      );
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-language-toggle> current="de" is not one of en, cy, so "en" is used.',
      '[civic] <civic-language-toggle> label was set to {"a":1}, which is not text, so it is cleared.',
      "[civic] <civic-language-toggle> has no safe URL for Cymraeg, so it is shown as text. Give welshHref (welsh-href), this page's URL in that language.",
    ]);
  });

  it('marks the current language in bold text, the other as a link, both focusable with the focus colours, and passes axe', async () => {
    const toggle = serverToggle({ ...HREFS, current: 'cy' });
    const [english, welsh] = links(toggle) as [HTMLElement, HTMLElement];
    expect(getComputedStyle(welsh).fontWeight).to.equal('700');
    expect(getComputedStyle(welsh).color).to.equal(tokenColour('--civic-color-text'));
    expect(getComputedStyle(english).color).to.equal(tokenColour('--civic-color-link'));
    await expect(toggle.parentElement).to.be.accessible();
    english.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(welsh);
    expect(getComputedStyle(welsh).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
  });

  it('keeps its look under hostile global CSS, and fits a 320 px page', async () => {
    const toggle = serverToggle({ ...HREFS });
    const look = () =>
      links(toggle).map((link) => {
        const box = link.getBoundingClientRect();
        return `${Math.round(box.width)}x${Math.round(box.height)} ${getComputedStyle(link).color} ${getComputedStyle(link).fontSize}`;
      });
    const before = look();
    withHostileCss(() => expect(look()).to.deep.equal(before));
    const narrow = await framedPage(
      container(),
      `<body style="margin: 0">${toHtml(languageToggleMarkup({ ...HREFS }))}</body>`,
      320,
    );
    expect(narrow.documentElement.scrollWidth).to.be.at.most(320);
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('keeps the current language apart from the link in forced colours', async () => {
      const toggle = serverToggle({ ...HREFS });
      await emulateMedia({ forcedColors: 'active' });
      try {
        const [english, welsh] = links(toggle) as [HTMLElement, HTMLElement];
        expect(getComputedStyle(english).fontWeight).to.equal('700');
        expect(getComputedStyle(welsh).textDecorationLine).to.equal('underline');
        expect(getComputedStyle(english).textDecorationLine).to.equal('none');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'keeps the current language apart from the link in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree(
    'is a navigation named "Choose a language" with the English and Cymraeg links',
    async () => {
      const root = container();
      serverToggle({ ...HREFS }, root);
      await expectAccessibleNode(root, { role: 'navigation', name: 'Choose a language' });
      const found = await accessibleNodes(root, { role: 'link' });
      expect(found.map((link) => link.name)).to.deep.equal(['English', 'Cymraeg']);
      const welsh = container();
      serverToggle({ ...HREFS, current: 'cy' }, welsh);
      await expectAccessibleNode(welsh, { role: 'navigation', name: 'Dewis iaith' });
    },
  );
});
