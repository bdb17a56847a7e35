// The CDN bundle (dist/cdn/civic.js) as a page with no build step uses it: one
// <link> to the tokens and one module script, in a page of its own (an iframe),
// with no import map and nothing else on the page. It lives here, not in a
// component folder, because it tests the built bundle of every component; run
// `pnpm build` first.
import { expect } from '@open-wc/testing';

const CDN = '/packages/components/dist/cdn';

interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
}

type CdnWindow = Window &
  typeof globalThis & {
    civic: Record<string, unknown>;
    submitted: [string, FormDataEntryValue][] | undefined;
  };

/** Every tag the custom-elements manifest declares: each must be in the bundle. */
async function manifestTags(): Promise<string[]> {
  const response = await fetch('/packages/components/custom-elements.json');
  const manifest = (await response.json()) as Manifest;
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName!);
}

/** A page holding only the bundle, the tokens and a form; resolves once it has loaded. */
async function cdnPage(): Promise<{ frame: HTMLIFrameElement; win: CdnWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'Page using the CDN bundle';
  frame.srcdoc = `<!doctype html>
    <html lang="en">
      <head>
        <title>CDN bundle</title>
        <link rel="stylesheet" href="${CDN}/tokens.css" />
        <script type="module" src="${CDN}/civic.js"></script>
        <script type="module">
          import * as civic from '${CDN}/civic.js';
          window.civic = civic;
        </script>
      </head>
      <body>
        <form action="/nowhere" method="post">
          <input name="full-name" value="Siân Evans" />
          <civic-button type="submit" name="action" value="save">Save and continue</civic-button>
        </form>
        <script>
          document.querySelector('form').addEventListener('submit', (event) => {
            event.preventDefault();
            window.submitted = [...new FormData(event.target, event.submitter)];
          });
        </script>
      </body>
    </html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CdnWindow;
  return { frame, win, doc: frame.contentDocument! };
}

describe('CDN bundle', () => {
  let page: Awaited<ReturnType<typeof cdnPage>>;

  beforeEach(async () => {
    page = await cdnPage();
  });

  afterEach(() => {
    page.frame.remove();
  });

  it('registers every element in the manifest', async () => {
    const tags = await manifestTags();
    expect(tags).to.include('civic-button');
    const undefinedTags = tags.filter((tag) => page.win.customElements.get(tag) === undefined);
    expect(undefinedTags, 'elements the bundle did not register').to.deep.equal([]);
  });

  it('exports the package root from the same copy it registers', () => {
    const { civic, customElements } = page.win;
    expect(civic.CivicButton).to.equal(customElements.get('civic-button'));
    expect(civic.registerMessages).to.be.a('function');
  });

  it('submits a plain form with the civic-button name and value', async () => {
    const button = page.doc.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
      'civic-button',
    )!;
    await button.updateComplete;
    button.click();
    expect(page.win.submitted).to.deep.equal([
      ['full-name', 'Siân Evans'],
      ['action', 'save'],
    ]);
  });

  it('loads the tokens the components are styled with', () => {
    const textColour = page.win
      .getComputedStyle(page.doc.documentElement)
      .getPropertyValue('--civic-color-text');
    expect(textColour.trim()).to.match(/^#[0-9a-f]{6}$/i);
  });

  // Without a build step nothing resolves `import 'lit'`, so the file must hold
  // every dependency. (The test server would resolve a bare import, so the page
  // test alone could not show this.)
  it('imports nothing: Lit is bundled in', async () => {
    const source = await (await fetch(`${CDN}/civic.js`)).text();
    expect(source).to.include('CivicButton');
    expect(source).not.to.match(/\bimport\s*(?:["'{*(]|[\w$]+\s+from\b)/);
    expect(source).not.to.match(/\bfrom\s*["']/);
  });
});
