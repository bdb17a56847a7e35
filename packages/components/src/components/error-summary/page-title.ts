// "Error: " before the page title while any error summary on the page shows
// (the public-sector pattern: the title is the first thing a screen reader
// reads on a new page). Shared by every summary on the page, so that one
// hiding does not take the prefix off while another still shows.
const holders = new Map<object, string>();
let applied = '';

function apply(prefix: string): void {
  if (prefix === applied) return;
  let title = document.title;
  if (applied !== '' && title.startsWith(applied)) title = title.slice(applied.length);
  // A title a server already prefixed keeps one prefix, and loses it when the errors are fixed.
  if (prefix !== '' && !title.startsWith(prefix)) title = prefix + title;
  document.title = title;
  applied = prefix;
}

/** Asks for `prefix` before the title on behalf of `holder`, or ('') stops asking. */
export function holdTitlePrefix(holder: object, prefix: string): void {
  if (prefix === '') holders.delete(holder);
  else holders.set(holder, prefix);
  apply(holders.values().next().value ?? '');
}
