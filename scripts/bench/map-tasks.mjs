#!/usr/bin/env node
// What a phone feels on /countries/: in the pinned Chromium at 390 × 844 with the CPU
// slowed four times (CDP Emulation.setCPUThrottlingRate), a reader opens the page,
// swipes down to the map with a finger and, once it is drawn, taps a country. Two
// numbers, each the worst of RUNS cold loads:
// - the longest task on the page's main thread from navigation until the map is drawn
//   and the thread is idle: every top-level task the renderer ran (script, HTML parsing,
//   style, layout, paint, garbage collection), read from a Chromium trace, not only the
//   scripts the Long Tasks API reports;
// - the tap's interaction to next paint (INP): the longest Event Timing entry of the
//   tap's interaction (pointerdown, pointerup, click), measured in the page.
// Fails above MAX_TASK_MS or MAX_INP_MS.
//
// The browser is driven over the DevTools protocol alone (chrome-launcher, as for
// Lighthouse, and a WebSocket), not through Playwright: Playwright adds a JavaScript
// world of its own to every page it opens and evaluates its injected script there, work
// that would land in the very tasks measured. The bench's own few expressions are named
// (BENCH_SCRIPT) so that a task that ran only them is told apart, and not counted.
//
// `npm run bench` calls run() with its server; it also runs alone, on an existing build,
// with the project's Node as every npm script: `npm run build && npm run bench:map`.
// Environment: BENCH_PORT (default 8789, when run alone), DIST_DIR, MAP_BENCH_TRACE_DIR (a folder to keep each run's trace
// in, with V8's CPU samples, and one of each tap: open one in Chrome's performance panel).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../tests/support/browser.ts';
import { startServer, stopServer } from '../../tests/support/local-server.ts';
import { withTimeout } from './with-timeout.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PATH = '/countries/';
/** Targets: no task longer, and a tap answered sooner, or the bench fails. */
export const MAX_TASK_MS = 50;
export const MAX_INP_MS = 100;
const RUNS = 3;
const CPU_SLOWDOWN = 4;
/** A phone's screen in CSS px (an iPhone 12–15's), at its pixel density. */
const PHONE = { width: 390, height: 844, deviceScaleFactor: 3 };
/** The country tapped: large enough on a phone's world map to be a sure target. */
const TAPPED = { id: 'brazil', name: 'Brazil' };
/** The main thread counts as idle once this many idle periods in a row were this long (the longest the browser grants is 50 ms). */
const IDLE_PERIODS = 3;
const IDLE_MS = 45;
/** Swipes of at most SWIPE_PX, in SWIPE_STEPS moves, until the whole map is on the screen. */
const SWIPE_PX = 300;
const SWIPE_STEPS = 8;
const SWIPES = 15;
/** A swipe starts and ends this far from the screen's edges and the map's. */
const EDGE_PX = 20;
/** A finger's moves come a frame apart, and it rests this long before it lifts (no fling). */
const FRAME_MS = 16;
const REST_MS = 150;
/** How long to wait for the click's Event Timing entry, which a click under 16 ms never has. */
const CLICK_ENTRY_MS = 3_000;
/** How often the bench looks at the page while it waits. */
const POLL_MS = 100;
/** The name of the bench's own scripts in the trace (a `//# sourceURL`). */
const BENCH_SCRIPT = 'map-bench.js';

/** Every wait is bounded, so a stuck page ends the bench instead of hanging it. */
const STEP_MS = 60_000;

/** Chromium's names for a task the main thread's scheduler runs, the outermost unit of its work. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Inner events that run script, and whose script names where it came from. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.run',
  'TimerFire',
  'FireIdleCallback',
]);
const TRACE_CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'loading',
  'v8.execute',
];
/** With a trace kept, V8's samples too: which functions a long task spent its time in. */
const PROFILE_CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-devtools.timeline.stack'];

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** A DevTools protocol connection to the browser; `session` is a page's (flattened) session id. */
class Cdp {
  #socket;
  #next = 1;
  #pending = new Map();
  #listeners = new Set();

  static async connect(port) {
    const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
    const cdp = new Cdp();
    cdp.#socket = new WebSocket(version.webSocketDebuggerUrl);
    await withTimeout(
      new Promise((done, fail) => {
        cdp.#socket.addEventListener('open', done, { once: true });
        cdp.#socket.addEventListener('error', () => fail(new Error('The browser refused the connection')), {
          once: true,
        });
      }),
      STEP_MS,
      'Connecting to the browser',
    );
    cdp.#socket.addEventListener('message', (event) => cdp.#receive(JSON.parse(String(event.data))));
    return cdp;
  }

  #receive(message) {
    if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending?.resolve(message.result);
      return;
    }
    for (const listener of [...this.#listeners]) listener(message);
  }

  send(method, params = {}, session = undefined) {
    const id = this.#next++;
    this.#socket.send(JSON.stringify({ id, method, params, ...(session ? { sessionId: session } : {}) }));
    return withTimeout(
      new Promise((resolve, reject) => this.#pending.set(id, { method, resolve, reject })),
      STEP_MS,
      `The browser's answer to ${method}`,
    );
  }

  /** Calls `handler` with each event's params; returns the function that stops it. */
  on(method, handler, session = undefined) {
    const listener = (message) => {
      if (message.method === method && message.sessionId === session) handler(message.params);
    };
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  once(method, session = undefined) {
    return new Promise((done) => {
      const stop = this.on(
        method,
        (params) => {
          stop();
          done(params);
        },
        session,
      );
    });
  }

  close() {
    this.#socket.close();
  }
}

/** A page in a fresh browser context (an empty cache, as on a first visit), as a phone shows it. */
async function openPhonePage(cdp) {
  const { browserContextId } = await cdp.send('Target.createBrowserContext');
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => cdp.send(method, params, sessionId);
  await send('Page.enable');
  await send('Emulation.setDeviceMetricsOverride', { ...PHONE, mobile: true });
  await send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  /** Runs `fn(arg)` in the page and returns its (awaited) value. */
  const evaluate = async (fn, arg) => {
    const { result, exceptionDetails } = await send('Runtime.evaluate', {
      expression: `(${fn})(${JSON.stringify(arg)})\n//# sourceURL=${BENCH_SCRIPT}`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  };
  const close = async () => {
    await cdp.send('Target.closeTarget', { targetId });
    await cdp.send('Target.disposeBrowserContext', { browserContextId });
  };
  return { sessionId, send, evaluate, close };
}

/** Records a trace of the whole browser over `action`, and returns its events. */
async function traced(cdp, categories, action) {
  const events = [];
  const stop = cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    const complete = cdp.once('Tracing.tracingComplete');
    await cdp.send('Tracing.end');
    await withTimeout(complete, STEP_MS, 'Ending the trace');
    stop();
  }
  return events;
}

/**
 * The page's renderer main thread: the thread named CrRendererMain that parsed the
 * page's HTML (the first page, about:blank, lives in another renderer).
 */
function mainThread(events, origin) {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const parse = events.find(
    (e) =>
      e.name === 'ParseHTML' &&
      mains.has(`${e.pid}:${e.tid}`) &&
      String(e.args?.beginData?.url ?? '').startsWith(`${origin}${PATH}`),
  );
  if (!parse) throw new Error(`The trace has no renderer main thread that parsed ${PATH}`);
  return { pid: parse.pid, tid: parse.tid };
}

function scriptUrl(event) {
  const data = event.args?.data ?? {};
  return String(data.url ?? data.stackTrace?.[0]?.url ?? '');
}

/**
 * The longest top-level task on the thread, with what took most of it (for the report).
 * A task that ran nothing but the bench's own scripts is the bench's, not the page's.
 */
function longestTask(events, thread) {
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur);
  const within = (task, e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur;
  const isBench = (task) => {
    const scripts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name) && within(task, e));
    return scripts.length > 0 && scripts.every((e) => scriptUrl(e) === BENCH_SCRIPT || scriptUrl(e) === '');
  };
  const all = onThread.filter((e) => TASK_EVENTS.has(e.name));
  if (all.length === 0) throw new Error('The trace has no tasks on the renderer main thread');
  const bench = all.filter(isBench);
  const tasks = all.filter((t) => !bench.includes(t));
  const longest = tasks.reduce((a, b) => (b.dur > a.dur ? b : a));
  // Its inner events, by name, longest first: enough to say what the task was.
  const inside = new Map();
  for (const e of onThread) {
    if (TASK_EVENTS.has(e.name) || !within(longest, e)) continue;
    const label = describe(e);
    inside.set(label, Math.max(inside.get(label) ?? 0, e.dur));
  }
  const parts = [...inside.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([label, dur]) => `${label} ${(dur / 1000).toFixed(0)}`);
  // RunTask and ThreadControllerImpl::RunTask wrap the same task: count tasks once, by start.
  const over = new Set(tasks.filter((t) => t.dur > MAX_TASK_MS * 1000).map((t) => t.ts)).size;
  const benchMs = bench.length ? Math.max(...bench.map((t) => t.dur)) / 1000 : 0;
  return { ms: longest.dur / 1000, parts, over, benchMs };
}

function describe(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const where = data.url
    ? ` ${String(data.url).replace(/^.*\//, '')}`
    : data.functionName
      ? ` ${data.functionName}`
      : '';
  return `${event.name}${where}`.slice(0, 60);
}

// In the page (each of these runs there, by Runtime.evaluate).

/** Where the map's box is on the screen, and how far its middle is below the screen's (0 once all of it is on the screen). */
function mapPlace() {
  const box = document.querySelector('.country-map__canvas').getBoundingClientRect();
  const offset = box.top >= 0 && box.bottom <= innerHeight ? 0 : Math.round(box.top + box.height / 2 - innerHeight / 2);
  return { offset, top: box.top, bottom: box.bottom };
}

/** Resolves once the page has not scrolled for `ms`. */
function scrollSettled(ms) {
  return new Promise((done) => {
    let last = scrollY;
    const check = () => {
      if (scrollY === last) done();
      else {
        last = scrollY;
        setTimeout(check, ms);
      }
    };
    setTimeout(check, ms);
  });
}

/** Resolves once `selector` matches, looking every `ms`. */
function appears({ selector, ms }) {
  return new Promise((done) => {
    const check = () => (document.querySelector(selector) ? done(true) : setTimeout(check, ms));
    check();
  });
}

/** Resolves once the details' heading says `name`, looking every `ms`. */
function headingSays({ name, ms }) {
  return new Promise((done) => {
    const check = () =>
      document.querySelector('#country-details-heading')?.textContent === name ? done(true) : setTimeout(check, ms);
    check();
  });
}

/**
 * Resolves once the main thread has been idle for `periods` idle periods of `ms` in a row
 * (requestIdleCallback grants at most 50 ms, and only when nothing waits).
 */
function idle({ periods, ms }) {
  return new Promise((done) => {
    let quiet = 0;
    const check = (deadline) => {
      quiet = deadline.timeRemaining() >= ms ? quiet + 1 : 0;
      if (quiet >= periods) done(true);
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

/** Starts collecting Event Timing entries, and the first input's, before the tap. */
function observeInteractions() {
  const entries = [];
  window.__mapBench = entries;
  const keep = (list) => {
    for (const e of list.getEntries()) {
      entries.push({ type: e.entryType, name: e.name, duration: e.duration, id: e.interactionId ?? 0 });
    }
  };
  // 16 ms is the least Event Timing allows; a shorter event leaves no 'event' entry,
  // but the first input is always reported, whatever its length.
  new PerformanceObserver(keep).observe({ type: 'event', durationThreshold: 16 });
  new PerformanceObserver(keep).observe({ type: 'first-input' });
  return true;
}

/** Resolves with the entries so far once one says `name` (or `type`), or after `ms` regardless. */
function entriesOnce({ key, value, ms, poll }) {
  return new Promise((done) => {
    const until = performance.now() + ms;
    const check = () => {
      if (window.__mapBench.some((e) => e[key] === value) || performance.now() > until) done(window.__mapBench);
      else setTimeout(check, poll);
    };
    check();
  });
}

/** A point of the country's shape that is on the screen and that a touch there hits. */
function tapPoint(id) {
  const control = document.querySelector(`[data-place="${id}"]`);
  if (!control) return null;
  const box = control.getBoundingClientRect();
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.6, 0.3],
    [0.4, 0.4],
    [0.3, 0.6],
  ]) {
    const x = box.left + box.width * fx;
    const y = box.top + box.height * fy;
    if (y > 0 && y < innerHeight && document.elementFromPoint(x, y) === control) return { x, y };
  }
  return null;
}

// In Node.

/**
 * Swipes up the page as a reader does, with a finger, a short swipe at a time until the
 * whole map is on the screen. Each swipe runs beside the map, never on it: a finger on
 * the map drags the map, not the page. Bounded.
 */
async function swipeToMap(page) {
  const touch = (type, points) => page.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  const x = PHONE.width / 2;
  for (let swipe = 0; swipe < SWIPES; swipe++) {
    const { offset, top, bottom } = await page.evaluate(mapPlace);
    if (offset === 0) return;
    // Up (the page moves up) from above the map; or down, from below it.
    const from = offset > 0 ? Math.min(PHONE.height - EDGE_PX, top - EDGE_PX) : Math.max(EDGE_PX, bottom + EDGE_PX);
    const room = offset > 0 ? from - EDGE_PX : PHONE.height - EDGE_PX - from;
    const distance = Math.sign(offset) * Math.min(Math.abs(offset), SWIPE_PX, room);
    if (Math.abs(distance) < 1) throw new Error('No room beside the map to swipe');
    await touch('touchStart', [{ x, y: from }]);
    for (let step = 1; step <= SWIPE_STEPS; step++) {
      await touch('touchMove', [{ x, y: from - (distance * step) / SWIPE_STEPS }]);
      await pause(FRAME_MS);
    }
    await pause(REST_MS);
    await touch('touchEnd', []);
    await withTimeout(page.evaluate(scrollSettled, POLL_MS * 1.5), STEP_MS, 'The page settling after a swipe');
  }
  throw new Error(`The map was not all on the screen after ${SWIPES} swipes`);
}

/** One cold load and one tap; returns the longest task and the tap's INP in ms. */
async function measureOnce(cdp, origin, run, traceDir) {
  const page = await openPhonePage(cdp);
  try {
    const categories = traceDir ? [...TRACE_CATEGORIES, ...PROFILE_CATEGORIES] : TRACE_CATEGORIES;
    const events = await traced(cdp, categories, async () => {
      const loaded = cdp.once('Page.loadEventFired', page.sessionId);
      await page.send('Page.navigate', { url: `${origin}${PATH}` });
      await withTimeout(loaded, STEP_MS, 'Loading the page');
      await swipeToMap(page);
      await withTimeout(
        page.evaluate(appears, { selector: `[data-place="${TAPPED.id}"]`, ms: POLL_MS }),
        STEP_MS,
        'Drawing the map',
      );
      await withTimeout(page.evaluate(idle, { periods: IDLE_PERIODS, ms: IDLE_MS }), STEP_MS, 'Waiting for idle');
    });
    if (traceDir) writeFileSync(join(traceDir, `map-load-${run}.json`), JSON.stringify({ traceEvents: events }));
    const task = longestTask(events, mainThread(events, origin));

    await page.evaluate(observeInteractions);
    const point = await page.evaluate(tapPoint, TAPPED.id);
    if (!point) throw new Error(`${TAPPED.name} is not on the screen to be tapped`);
    const tapAndOpen = async () => {
      await page.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await page.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await withTimeout(
        page.evaluate(headingSays, { name: TAPPED.name, ms: POLL_MS }),
        STEP_MS,
        'Opening the tapped country',
      );
    };
    // With a trace kept, the tap has one of its own: what its interaction waited for.
    if (traceDir) {
      const tapEvents = await traced(cdp, [...TRACE_CATEGORIES, ...PROFILE_CATEGORIES], tapAndOpen);
      writeFileSync(join(traceDir, `map-tap-${run}.json`), JSON.stringify({ traceEvents: tapEvents }));
    } else {
      await tapAndOpen();
    }
    // Event Timing reports an interaction after the paint that follows it: the first
    // input always, the click once it has painted, if it took 16 ms or more.
    await withTimeout(
      page.evaluate(entriesOnce, { key: 'type', value: 'first-input', ms: STEP_MS, poll: POLL_MS }),
      STEP_MS,
      'The tap’s first-input entry',
    );
    const entries = await page.evaluate(entriesOnce, {
      key: 'name',
      value: 'click',
      ms: CLICK_ENTRY_MS,
      poll: POLL_MS,
    });
    const tap = entries.find((e) => e.type === 'first-input').id;
    const ofTap = entries.filter((e) => e.id === tap);
    const inp = Math.max(...ofTap.map((e) => e.duration));
    const tapEvents = [...new Set(ofTap.filter((e) => e.type === 'event').map((e) => `${e.name} ${e.duration}`))];
    return { task, inp, tapEvents };
  } finally {
    await page.close();
  }
}

/**
 * Runs the measure and prints its results; `ok` is false when a target is missed.
 * With no `origin`, it serves the build itself.
 */
export async function run({ origin } = {}) {
  let server;
  let chrome;
  let cdp;
  const traceDir = process.env.MAP_BENCH_TRACE_DIR ? resolve(process.env.MAP_BENCH_TRACE_DIR) : undefined;
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  try {
    if (!origin) {
      const dist = process.env.DIST_DIR ?? 'dist';
      if (!existsSync(resolve(root, dist, 'index.html'))) {
        console.error(`No build in ${dist}. Run \`npm run build\` first.`);
        return { ok: false };
      }
      const port = Number(process.env.BENCH_PORT ?? 8789);
      origin = `http://127.0.0.1:${port}`;
      server = await startServer(port, { env: { DIST_DIR: dist } });
    }
    chrome = await chromeLauncher.launch({
      chromePath: chromiumExecutablePath(),
      chromeFlags: ['--headless', ...CHROMIUM_ARGS],
    });
    cdp = await Cdp.connect(chrome.port);
    const runs = [];
    for (let n = 1; n <= RUNS; n++) {
      const result = await measureOnce(cdp, origin, n, traceDir);
      runs.push(result);
      const { task } = result;
      console.log(
        `  run ${n}: longest task ${task.ms.toFixed(0)} ms (${task.parts.join(', ')}), ${task.over} over ${MAX_TASK_MS} ms` +
          `${task.benchMs ? ` (the bench's own, not counted: up to ${task.benchMs.toFixed(0)} ms)` : ''}; ` +
          `tap INP ${result.inp} ms (${result.tapEvents.join(', ') || 'each event under 16 ms'})`,
      );
    }
    const worstTask = Math.max(...runs.map((r) => r.task.ms));
    const worstInp = Math.max(...runs.map((r) => r.inp));
    const taskOk = worstTask <= MAX_TASK_MS;
    const inpOk = worstInp <= MAX_INP_MS;
    console.log(
      `  ${PATH} at ${PHONE.width} × ${PHONE.height}, CPU ${CPU_SLOWDOWN}× slower, worst of ${RUNS}: ` +
        `longest task ${worstTask.toFixed(0)} ms (at most ${MAX_TASK_MS}) ${taskOk ? 'ok' : 'FAIL'}; ` +
        `tap on ${TAPPED.name}, INP ${worstInp} ms (at most ${MAX_INP_MS}) ${inpOk ? 'ok' : 'FAIL'}`,
    );
    return { ok: taskOk && inpOk, worstTask, worstInp, runs };
  } finally {
    cdp?.close();
    chrome?.kill();
    await stopServer(server);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    (result) => process.exit(result.ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
