import { expect } from '@open-wc/testing';
import { childrenOfType, CivicContentElement } from './content-element.js';
import { enumerated } from './enumerated.js';
import { jsonAttribute, jsonValue } from './json-attribute.js';
import { toHtml } from './markup-html.js';
import { authoredContent, h, type MarkupElement } from './markup.js';
import { clearWarningHistory } from './warn.js';
import { warningsDuring } from '../../test/warnings.js';

// A box with a heading before the page's content and a list built from data children.
interface DemoParams {
  heading?: string;
  items?: string[];
  html?: string;
}

function demoMarkup(params: DemoParams, tag = 'civic-test-box'): MarkupElement {
  return h(
    tag,
    {
      role: params.heading ? 'region' : undefined,
      'aria-label': params.heading === '' ? undefined : params.heading,
    },
    params.heading ? h('h2', { class: 'civic-test-box__heading' }, params.heading) : null,
    authoredContent(params.html),
    params.items?.length
      ? h('ul', { class: 'civic-test-box__list' }, ...params.items.map((item) => h('li', {}, item)))
      : null,
  );
}

class TestItem extends HTMLElement {}
customElements.define('civic-test-item', TestItem);

let builds = 0;
let ready = 0;

class TestBox extends CivicContentElement<DemoParams> {
  protected static override contentAttributes = ['heading'];
  protected static override ownedHostAttributes = ['role', 'aria-label'];
  protected readonly partSelector =
    ':scope > .civic-test-box__heading, :scope > .civic-test-box__list';

  protected paramsFromAttributes(): DemoParams {
    builds += 1;
    return {
      heading: this.getAttribute('heading') ?? undefined,
      items: childrenOfType(this, TestItem).map((item) => item.textContent.trim()),
    };
  }

  protected markup(params: DemoParams): MarkupElement {
    return demoMarkup(params, this.localName);
  }

  protected override partsReady(): void {
    ready += 1;
  }

  get builtFromAttributes(): boolean {
    return this.isBuiltFromAttributes;
  }
}
customElements.define('civic-test-box', TestBox);

/** The same element as a list: its items are data children it builds from. */
class TestList extends TestBox {
  protected static override dataChildren = [TestItem];
}
customElements.define('civic-test-list', TestList);

function place(html: string): TestBox {
  const template = document.createElement('template');
  template.innerHTML = html;
  const box = template.content.firstElementChild as TestBox;
  document.body.append(template.content);
  return box;
}

/** The markup a server writes, parsed as the browser parses a page. */
function serverBox(params: DemoParams): TestBox {
  return place(toHtml(demoMarkup(params)));
}

describe('CivicContentElement', () => {
  beforeEach(() => {
    builds = 0;
    ready = 0;
  });
  afterEach(() => {
    document.querySelectorAll('civic-test-box, civic-test-list').forEach((box) => box.remove());
  });

  it('adopts what a server wrote as it is, without rebuilding it', () => {
    const box = serverBox({ heading: 'Saved', html: '<p>Your answers were saved.</p>' });
    const heading = box.querySelector('h2');
    expect(box.builtFromAttributes).to.equal(false);
    expect(builds).to.equal(0);
    expect(ready).to.equal(1);
    expect(box.outerHTML).to.equal(
      '<civic-test-box role="region" aria-label="Saved"><h2 class="civic-test-box__heading">Saved</h2><p>Your answers were saved.</p></civic-test-box>',
    );
    expect(box.querySelector('h2')).to.equal(heading);
  });

  it('builds the same DOM from attributes, around the page content it leaves in place', () => {
    const box = place(
      '<civic-test-box heading="Saved"><p>Your answers were saved.</p></civic-test-box>',
    );
    const server = serverBox({ heading: 'Saved', html: '<p>Your answers were saved.</p>' });
    expect(box.builtFromAttributes).to.equal(true);
    expect(box.innerHTML).to.equal(server.innerHTML);
    expect(box.getAttribute('role')).to.equal('region');
  });

  it('rebuilds its parts when an attribute changes, keeping the page content node', async () => {
    const box = place('<civic-test-box heading="Saved"><p>Kept</p></civic-test-box>');
    const content = box.querySelector('p');
    box.setAttribute('heading', 'Sent');
    await box.updateComplete;
    expect(box.querySelector('h2')!.textContent).to.equal('Sent');
    expect(box.querySelector('p')).to.equal(content);
    expect(box.getAttribute('aria-label')).to.equal('Sent');
    box.removeAttribute('heading');
    await box.updateComplete;
    expect(box.querySelector('h2')).to.equal(null);
    expect(box.hasAttribute('role'), 'a host attribute the markup dropped goes').to.equal(false);
  });

  it('decides the host attributes its markup owns, also after a server wrote them', async () => {
    const box = serverBox({ heading: 'Saved' });
    box.setAttribute('heading', '');
    await box.updateComplete;
    expect(box.hasAttribute('role')).to.equal(false);
    expect(box.hasAttribute('aria-label')).to.equal(false);
  });

  it('takes over server HTML once the page changes an attribute', async () => {
    const box = serverBox({ heading: 'Saved' });
    box.setAttribute('heading', 'Sent');
    await box.updateComplete;
    expect(box.builtFromAttributes).to.equal(true);
    expect(box.querySelectorAll('h2')).to.have.length(1);
    expect(box.querySelector('h2')!.textContent).to.equal('Sent');
  });

  it('keeps a list a server wrote, with a warning, when an attribute changes and it has no data children, and builds once they arrive', async () => {
    const list = place(toHtml(demoMarkup({ heading: 'Saved', items: ['One'] }, 'civic-test-list')));
    const item = list.querySelector('li');
    const warnings = await warningsDuring(async () => {
      list.setAttribute('heading', 'Sent');
      await list.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-test-list> keeps the list its server wrote when heading changes, because it has no <civic-test-item> children to build one from: have the server write the change, or give the list <civic-test-item> children.',
    ]);
    expect(list.querySelector('li'), 'the server’s item is still there').to.equal(item);
    expect(list.querySelector('h2')!.textContent).to.equal('Saved');
    const two = document.createElement('civic-test-item');
    two.textContent = 'Two';
    list.append(two);
    await new Promise((resolve) => setTimeout(resolve));
    await list.updateComplete;
    expect(list.querySelector('h2')!.textContent).to.equal('Sent');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Two']);
  });

  it('rebuilds from data children as a page or framework adds, changes and removes them', async () => {
    const box = place('<civic-test-list><civic-test-item>One</civic-test-item></civic-test-list>');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['One']);
    const two = document.createElement('civic-test-item');
    two.textContent = 'Two';
    box.append(two);
    await new Promise((resolve) => setTimeout(resolve));
    await box.updateComplete;
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'One',
      'Two',
    ]);
    two.firstChild!.nodeValue = 'Second';
    await new Promise((resolve) => setTimeout(resolve));
    await box.updateComplete;
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'One',
      'Second',
    ]);
    box.querySelector('civic-test-item')!.remove();
    two.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await box.updateComplete;
    expect(box.querySelector('ul')).to.equal(null);
  });

  it('does not rebuild for changes inside its own parts', async () => {
    const box = place('<civic-test-list><civic-test-item>One</civic-test-item></civic-test-list>');
    const before = builds;
    box.querySelector('li')!.setAttribute('data-x', '1');
    await new Promise((resolve) => setTimeout(resolve));
    await box.updateComplete;
    expect(builds).to.equal(before);
  });
});

describe('enumerated', () => {
  beforeEach(() => clearWarningHistory());
  const options = {
    owner: '<civic-tag> color',
    choices: ['blue', 'green'] as const,
    fallback: 'blue' as const,
    renamed: { turquoise: 'green' as const },
  };

  it('keeps a value from the list and falls back quietly when nothing is given', async () => {
    const warnings = await warningsDuring(() => {
      expect(enumerated('green', options)).to.equal('green');
      expect(enumerated(null, options)).to.equal('blue');
      expect(enumerated('', options)).to.equal('blue');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('falls back with a warning that lists the values, for any wrong type', async () => {
    const warnings = await warningsDuring(() => {
      expect(enumerated('pink', options)).to.equal('blue');
      expect(enumerated({ a: 1 }, options)).to.equal('blue');
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-tag> color="pink" is not one of blue, green, so "blue" is used.',
      '[civic] <civic-tag> color="{"a":1}" is not one of blue, green, so "blue" is used.',
    ]);
  });

  it('accepts an old name with a warning naming the new one', async () => {
    const warnings = await warningsDuring(() =>
      expect(enumerated('turquoise', options)).to.equal('green'),
    );
    expect(warnings).to.deep.equal([
      '[civic] <civic-tag> color="turquoise" is now called "green": use green.',
    ]);
  });
});

describe('jsonAttribute', () => {
  beforeEach(() => clearWarningHistory());
  const options = {
    owner: '<civic-test> items',
    example: '["a", "b"]',
    accept: (parsed: unknown) =>
      Array.isArray(parsed) ? parsed.filter((item) => typeof item === 'string') : undefined,
    fallback: [] as string[],
  };

  it('reads JSON of the right shape, by attribute and by property', () => {
    expect(jsonAttribute('["a", 2, "b"]', options)).to.deep.equal(['a', 'b']);
    expect(jsonValue(['c'], options)).to.deep.equal(['c']);
    expect(jsonAttribute(null, options)).to.deep.equal([]);
  });

  it('gives the fallback with a warning showing the shape for malformed or wrong-shaped JSON', async () => {
    const warnings = await warningsDuring(() => {
      expect(jsonAttribute('[oops', options)).to.deep.equal([]);
      expect(jsonValue({ a: 1 }, options)).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-test> items "[oops" is not JSON such as ["a", "b"], so it is ignored.',
      '[civic] <civic-test> items "{"a":1}" is not JSON such as ["a", "b"], so it is ignored.',
    ]);
  });
});
