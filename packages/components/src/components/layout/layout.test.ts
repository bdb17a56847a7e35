import { expect } from '@open-wc/testing';
import { cleanUp, container } from '../../../test/authoring.js';
import { tokenColour } from '../../../test/tokens.js';
import { framedPage } from '../../../test/viewport.js';

const COLUMNS = [
  'two-thirds',
  'one-third',
  'one-half',
  'one-half',
  'one-quarter',
  'one-quarter',
  'one-quarter',
  'one-quarter',
  'full',
];

/** A page in a frame of its own, so `civic-template` styles its <html> and <body>. */
function templatePage(width: number): Promise<Document> {
  return framedPage(
    container(),
    `<body class="civic-template__body"><div class="civic-width-container">
    <main class="civic-main-wrapper" id="main-content"><h1>Apply for a parking permit</h1>
    <div class="civic-grid-row">${COLUMNS.map((column) => `<div class="civic-grid-column-${column}"><p>${column}</p></div>`).join('')}</div>
    </main></div></body>`,
    width,
    'lang="en" class="civic-template"',
  );
}

/** Each column's width and top edge, rounded, relative to the row. */
function columnBoxes(page: Document): [number, number][] {
  const row = page.querySelector('.civic-grid-row')!.getBoundingClientRect();
  return [...page.querySelectorAll('.civic-grid-row > *')].map((column) => {
    const box = column.getBoundingClientRect();
    return [Math.round(box.width), Math.round(box.top - row.top)];
  });
}

describe('layout styles', () => {
  afterEach(() => cleanUp());

  it('give a template page the tokens’ font, text colour and surface, with no stray margin', async () => {
    const page = await templatePage(800);
    const body = getComputedStyle(page.body);
    const heading = getComputedStyle(page.querySelector('h1')!);
    expect(body.marginTop).to.equal('0px');
    expect(body.color).to.equal(tokenColour('--civic-color-text'));
    expect(body.backgroundColor).to.equal(tokenColour('--civic-color-surface'));
    expect(heading.fontFamily, 'an unclassed heading is no longer Times').to.equal(body.fontFamily);
    expect(body.fontFamily).to.not.match(/times/i);
  });

  it('centre the container at 960 px on a wide page, with gutters on a narrow one', async () => {
    const wide = await templatePage(1280);
    const box = wide.querySelector('.civic-width-container')!.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.left)]).to.deep.equal([960, 160]);
    cleanUp();
    const narrow = await templatePage(320);
    const narrowBox = narrow.querySelector('.civic-width-container')!.getBoundingClientRect();
    expect([Math.round(narrowBox.width), Math.round(narrowBox.left)]).to.deep.equal([290, 15]);
  });

  it('put columns side by side on a wide page', async () => {
    const page = await templatePage(1280);
    // A 960 px row with 15 px gutters either side of each column: 990 px of columns.
    const boxes = columnBoxes(page);
    expect(boxes.map(([width]) => width)).to.deep.equal([
      660, 330, 495, 495, 248, 248, 248, 248, 990,
    ]);
    // Four rows, in source order: the thirds, the halves, the quarters, the full column.
    const rowOf = [0, 0, 1, 1, 2, 2, 2, 2, 3];
    const rowTops = [...new Set(boxes.map(([, top]) => top))];
    expect(rowTops).to.have.length(4);
    expect(rowTops).to.deep.equal([...rowTops].sort((a, b) => a - b));
    expect(boxes.map(([, top]) => rowTops.indexOf(top))).to.deep.equal(rowOf);
  });

  it('stack every column full width, in source order, at 320 px, with nothing wider than the page', async () => {
    const page = await templatePage(320);
    const boxes = columnBoxes(page);
    expect(boxes.map(([width]) => width)).to.deep.equal(COLUMNS.map(() => 320));
    const tops = boxes.map(([, top]) => top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).to.equal(COLUMNS.length);
    expect(page.documentElement.scrollWidth).to.be.at.most(320);
  });
});
