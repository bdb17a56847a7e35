// Helpers for the Foundations pages: every value they show is read from the
// built tokens (dist/themes/*.json), never typed by hand.

/** Browsers' default text size, which rem values are relative to. */
export const ROOT_FONT_SIZE_PX = 16;

/** "1.1875rem" → "19px"; "3px" stays "3px"; anything else is shown as it is. */
export function inPixels(value) {
  const match = /^(-?[\d.]+)(rem|px)$/.exec(String(value));
  if (!match) return String(value);
  const pixels = match[2] === 'rem' ? Number(match[1]) * ROOT_FONT_SIZE_PX : Number(match[1]);
  return `${Number(pixels.toFixed(2))}px`;
}

/** The token of a theme's list by name, in no media condition unless one is given. */
export function tokenNamed(tokens, name, condition = null) {
  return tokens.find((token) => token.name === name && token.condition === condition);
}

/** A line height (a multiple of the font size) as pixels at a given rem size. */
export function lineHeightInPixels(lineHeight, fontSize) {
  const size = Number.parseFloat(inPixels(fontSize));
  return `${Number((Number(lineHeight) * size).toFixed(2))}px`;
}
