// WCAG 2 contrast checks of the colour pairs components draw.
import Color from 'colorjs.io';

/** WCAG 1.4.3 asks 4.5:1 for text, WCAG 1.4.11 asks 3:1 for non-text. */
export const MINIMUM_RATIO = { text: 4.5, 'non-text': 3 };

/** WCAG 2.x contrast ratio of two opaque CSS colours. */
export function contrastRatio(foreground, background) {
  return new Color(foreground).contrast(new Color(background), 'WCAG21');
}

/**
 * Checks every pair against a theme's resolved tokens (a dist/themes/*.json
 * list). Returns one entry per pair below its minimum, or naming a token the
 * theme does not have; an empty array means the theme passes.
 */
export function contrastFailures(themeTokens, pairs) {
  const values = new Map(
    themeTokens
      .filter((token) => token.condition === null)
      .map((token) => [token.name, token.value]),
  );
  const failures = [];
  for (const pair of pairs) {
    const foreground = values.get(pair.foreground);
    const background = values.get(pair.background);
    if (foreground === undefined || background === undefined) {
      failures.push({ ...pair, problem: 'missing token' });
      continue;
    }
    const ratio = contrastRatio(foreground, background);
    const minimum = MINIMUM_RATIO[pair.kind];
    if (!(ratio >= minimum))
      failures.push({
        ...pair,
        ratio,
        minimum,
        foregroundValue: foreground,
        backgroundValue: background,
      });
  }
  return failures;
}

export function describeFailure(failure) {
  if (failure.problem) return `${failure.foreground} on ${failure.background}: ${failure.problem}`;
  return (
    `${failure.foreground} (${failure.foregroundValue}) on ${failure.background} (${failure.backgroundValue}) ` +
    `is ${failure.ratio.toFixed(2)}:1; ${failure.kind} needs ${failure.minimum}:1 (${failure.usedBy})`
  );
}
