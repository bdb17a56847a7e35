// Main-thread time of one page load, read from a Chromium trace.
//
// Why a trace and not Performance.getMetrics' ScriptDuration: Blink adds to
// ScriptDuration only while it runs a script or calls into one (a listener, a
// timer, a custom element callback, a queueMicrotask callback). Promise
// reactions run inside V8's microtask checkpoint, which is neither, so an
// `await` and everything after it are left out: Lit's whole update cycle
// (requestUpdate awaits before performUpdate) and every updateComplete. A
// trace has V8's RunMicrotasks events beside Blink's script events, so here
// script time is everything on the page's main thread that ran JavaScript,
// microtasks included, from navigation start to the `bench:ready` mark.
//
// All durations are the main thread's CPU time (the trace's thread clock,
// `tts`/`tdur`), not wall time: on a machine busy with other work, wall time
// also counts the moments the thread was waiting for a core.

/** The categories the run records: Blink's timeline, V8's execution, tasks, marks. */
export const traceCategories = [
  '-*',
  'devtools.timeline',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
];

/** Events that are the page's JavaScript running (nested ones are merged). */
const SCRIPT = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
]);
/** Style recalculation and layout; when a script forces them they are not script time. */
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
/** The scheduler's top-level task: all the main thread did. */
const TASK = new Set(['ThreadControllerImpl::RunTask']);

/**
 * `events`: the trace's events. `url`: the page loaded (for messages).
 * Returns CPU milliseconds on the page's renderer main thread between its
 * navigation start (its time origin) and the `bench:ready` mark: `script`, `style`, `layout`,
 * `mainThread` (every task), and `scriptWall` (script in wall time, for
 * comparison with ScriptDuration).
 */
export function mainThreadTimes(events, url) {
  const marks = events.filter((event) => event.name === 'bench:ready');
  if (marks.length !== 1) {
    throw new Error(`${marks.length} bench:ready marks in the trace of ${url}, not 1`);
  }
  const [ready] = marks;
  const sameThread = (event) => event.pid === ready.pid && event.tid === ready.tid;
  // The mark carries its performance.now() time, which counts from the
  // navigation's time origin: the window starts that long before the mark.
  // (The trace's navigationStart events are no anchor: the blank document's
  // can come later, and the page's is sometimes missing.)
  const sinceOrigin = ready.args?.data?.startTime;
  if (typeof sinceOrigin !== 'number')
    throw new Error(`the bench:ready mark of ${url} has no time`);
  const from = ready.ts - sinceOrigin * 1000;
  const to = ready.ts;

  const intervals = { script: [], style: [], layout: [], task: [], scriptWall: [] };
  let withoutThreadClock = 0;
  for (const event of events) {
    if (event.ph !== 'X' || !sameThread(event) || event.ts < from || event.ts > to) continue;
    const kind = SCRIPT.has(event.name)
      ? 'script'
      : STYLE.has(event.name)
        ? 'style'
        : LAYOUT.has(event.name)
          ? 'layout'
          : TASK.has(event.name)
            ? 'task'
            : null;
    if (kind === null) continue;
    if (event.tts === undefined || event.tdur === undefined) {
      withoutThreadClock += 1;
      continue;
    }
    intervals[kind].push([event.tts, event.tts + event.tdur]);
    if (kind === 'script') intervals.scriptWall.push([event.ts, event.ts + (event.dur ?? 0)]);
  }
  const script = union(intervals.script);
  const rendering = union([...intervals.style, ...intervals.layout]);
  const scriptWall = union(intervals.scriptWall);
  const ms = (microseconds) => microseconds / 1000;
  return {
    script: ms(length(script) - length(intersection(script, rendering))),
    style: ms(length(union(intervals.style))),
    layout: ms(length(union(intervals.layout))),
    mainThread: ms(length(union(intervals.task))),
    scriptWall: ms(length(scriptWall)),
    windowWall: ms(to - from),
    withoutThreadClock,
  };
}

/** Sorted, merged copy of a list of [start, end] intervals. */
function union(list) {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Overlap of two merged interval lists. */
function intersection(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (start < end) out.push([start, end]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}

function length(list) {
  return list.reduce((sum, [start, end]) => sum + (end - start), 0);
}
