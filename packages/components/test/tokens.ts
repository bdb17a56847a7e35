/**
 * The colour a `--civic-*` token resolves to, as `getComputedStyle` reports
 * colours (`rgb(…)`), so tests can compare a component's computed style with
 * the token it should use.
 */
export function tokenColour(token: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
