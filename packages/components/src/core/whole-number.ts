/**
 * A whole number of at least `least` from a number or numeric text, as an
 * attribute, a template parameter or a page's property gives it; anything
 * else (empty, `null`, text, a boolean, an object) is undefined, so a limit a
 * developer got wrong is simply not applied.
 */
export function wholeNumber(value: unknown, least = 0): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= least
    ? Math.floor(number)
    : undefined;
}
