// The HTML string of a markup tree, for servers and Nunjucks macros. Text and
// attribute values are always escaped; only `raw()` content is written as is.
import {
  isAuthoredContent,
  isElement,
  isRaw,
  type MarkupElement,
  type MarkupNode,
} from './markup.js';

// Elements with no closing tag (https://html.spec.whatwg.org/#void-elements).
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function attributesHtml(element: MarkupElement): string {
  let out = '';
  for (const [name, value] of Object.entries(element.attributes)) {
    if (value === false || value === null || value === undefined) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

function childrenHtml(element: MarkupElement): string {
  const inner = element.children.map(toHtml).join('');
  // The HTML parser drops one newline straight after <textarea> or <pre>, so
  // a value that starts with a line break needs a second one to keep it.
  if ((element.tag === 'textarea' || element.tag === 'pre') && inner.startsWith('\n')) {
    return `\n${inner}`;
  }
  return inner;
}

/** The tree as HTML. */
export function toHtml(node: MarkupNode): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'string') return escapeText(node);
  if (isRaw(node)) return node.html;
  if (isAuthoredContent(node)) return node.authoredHtml ?? '';
  if (!isElement(node)) return '';
  const open = `<${node.tag}${attributesHtml(node)}>`;
  if (VOID_ELEMENTS.has(node.tag)) return open;
  return `${open}${childrenHtml(node)}</${node.tag}>`;
}
