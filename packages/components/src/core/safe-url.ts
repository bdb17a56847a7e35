import { warnOnce } from './warn.js';

// Schemes that run script or smuggle a document when a link is followed.
// Browsers strip ASCII tab and newline inside a URL and leading C0 controls
// and spaces before parsing the scheme, so we do the same before comparing
// (https://url.spec.whatwg.org/#concept-basic-url-parser).
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/i;
// eslint-disable-next-line no-control-regex -- the URL parser strips exactly these characters
const IGNORED_BY_URL_PARSER = /[\u0000-\u0020]/g;

/**
 * Returns the URL unchanged when it is safe to put in an `href`, or `undefined`
 * (and a console warning naming the element) when it would run script.
 * Relative URLs, `https:`, `mailto:` and `tel:` are all safe.
 */
export function safeUrl(url: string | undefined, elementName: string): string | undefined {
  if (url === undefined) return undefined;
  const normalised = url.replace(IGNORED_BY_URL_PARSER, '');
  if (UNSAFE_SCHEME.test(normalised)) {
    warnOnce(
      `<${elementName}> refused the URL "${url.slice(0, 60)}" because its scheme can run script. ` +
        'Use an https: or relative URL, and handle the click in a listener if it needs script.',
    );
    return undefined;
  }
  return url;
}
