// The order the libraries' pages are loaded in. A page loaded right after a
// heavy one can pay for it (the closed page's renderer is still shutting down,
// the browser is still collecting its garbage), so no library may always come
// after the same one. Each round's order for each page comes from a balanced
// Latin square (Williams design): over one full cycle of its rows every
// library comes first, last and in every position equally often, and follows
// every other library equally often. Which library takes which symbol of the
// square and the order of its rows are shuffled with a seeded generator, and
// the seed is recorded with the results, so a run can be repeated exactly.

/** mulberry32: a small, fast, seedable generator; good enough to shuffle. */
export function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function shuffle(list, random) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * The rows of a Williams design for `n` symbols: n rows when n is even, 2n
 * (each row and its reverse) when n is odd. In each, every ordered pair of
 * symbols is adjacent (a then b) equally often: once for even n, twice for odd.
 */
export function williamsRows(n) {
  if (n === 1) return [[0]];
  const first = [];
  for (let low = 0, high = n - 1, i = 0; i < n; i++) {
    first.push(i % 2 === 0 ? low++ : high--);
  }
  // first = 0, n-1, 1, n-2, ...; the classic form starts 0, 1, n-1, 2, n-2:
  // both are balanced; this one is the mirror image of it.
  const rows = [];
  for (let shift = 0; shift < n; shift++) rows.push(first.map((value) => (value + shift) % n));
  if (n % 2 === 1) for (const row of [...rows]) rows.push([...row].reverse());
  return rows;
}

/**
 * The plan of a run: for every round (warm-up rounds first) and every page
 * kind, the order of the library ids that page has (`pages`: `{ id,
 * libraryIds }`, in the order a round measures them). Pages with the same
 * libraries share one shuffled square: measured round r of page kind k uses
 * row (r + k) of it, so each page kind walks its whole square once every
 * `cycles[id]` measured rounds (2n rows for n libraries when n is odd, n when
 * even); warm-up rounds get shuffled orders of their own. `cycle` is the
 * longest square's.
 */
export function plan({ pages, rounds, warmupRounds, seed }) {
  const random = generator(seed);
  const squares = new Map();
  const squareOf = (libraryIds) => {
    const key = [...libraryIds].sort().join(' ');
    if (!squares.has(key)) {
      const symbols = shuffle(libraryIds, random);
      const rows = shuffle(williamsRows(libraryIds.length), random).map((row) =>
        row.map((symbol) => symbols[symbol]),
      );
      squares.set(key, rows);
    }
    return squares.get(key);
  };
  const rowsOf = pages.map((page) => squareOf(page.libraryIds));
  const orders = [];
  for (let round = 0; round < warmupRounds + rounds; round++) {
    const warm = round < warmupRounds;
    const measured = round - warmupRounds;
    orders.push(
      pages.map((page, k) =>
        warm ? shuffle(page.libraryIds, random) : rowsOf[k][(measured + k) % rowsOf[k].length],
      ),
    );
  }
  const cycles = Object.fromEntries(pages.map((page, k) => [page.id, rowsOf[k].length]));
  return { seed, cycle: Math.max(...Object.values(cycles)), cycles, orders };
}

/**
 * How often each library's page was loaded straight after each other
 * library's page of the same kind, in the measured rounds:
 * counts[after][before]. Loads that open a page kind's block follow the last
 * load of the block before (another page kind, or the previous round); those
 * are counted separately in `acrossBlocks`.
 */
export function predecessorCounts(planned, warmupRounds, pageIds) {
  const within = {};
  const acrossBlocks = {};
  let previous = null;
  planned.orders.forEach((round, r) => {
    round.forEach((order, k) => {
      order.forEach((id, i) => {
        const measured = r >= warmupRounds;
        if (i > 0 && measured) bump((within[pageIds[k]] ??= {}), id, order[i - 1]);
        else if (i === 0 && previous !== null && measured) bump(acrossBlocks, id, previous);
        previous = id;
      });
    });
  });
  return { within, acrossBlocks };
}

function bump(table, after, before) {
  const row = (table[after] ??= {});
  row[before] = (row[before] ?? 0) + 1;
}

/** The smallest and largest count over all ordered pairs of different libraries. */
export function balance(table, libraryIds) {
  const counts = [];
  for (const after of libraryIds) {
    for (const before of libraryIds) {
      if (after !== before) counts.push(table?.[after]?.[before] ?? 0);
    }
  }
  return { min: Math.min(...counts), max: Math.max(...counts) };
}
