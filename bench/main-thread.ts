/**
 * What the page's main thread was busy with, from a Chromium trace (browser.startTracing): its long
 * tasks, each named after the work inside it that says most (a script's URL, HTML parsing, layout,
 * WebAssembly), so that a linked search's waterfall shows the waits that are not network.
 */

/** The trace categories that carry the main thread's tasks and what runs in them. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; documentLoaderURL?: string } };
}

export interface Task {
  /** ms from `origin` (trace µs → ms). */
  start: number;
  ms: number;
  what: string;
}

/**
 * The long tasks (≥ `minMs`) of the main thread of the page at `url` (the renderer whose navigation
 * loaded it: headless Chromium has renderers of its own), times in ms from that navigation's start;
 * another of its threads by name (`DedicatedWorker thread`: the site's search worker).
 */
export function mainThreadTasks(trace: { traceEvents: TraceEvent[] }, url: string, minMs = 8, thread = 'CrRendererMain'): { tasks: Task[]; busyMs: number } {
  const events = trace.traceEvents;
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const main = navigation && events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === thread && e.pid === navigation.pid);
  if (!navigation || !main) return { tasks: [], busyMs: 0 };
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const origin = navigation.ts;
  const tasks: Task[] = [];
  let busy = 0;
  for (const task of own.filter((e) => e.name === 'RunTask' && e.ts >= origin)) {
    busy += task.dur!;
    if (task.dur! < minMs * 1000) continue;
    const inside = own.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const named = inside
      .filter((e) => e.dur! >= task.dur! * 0.2)
      .sort((a, b) => b.dur! - a.dur!)
      .map((e) => describe(e))
      .filter((d, i, all) => d !== '' && all.indexOf(d) === i)
      .slice(0, 3);
    tasks.push({ start: Math.round((task.ts - origin) / 1000), ms: Math.round(task.dur! / 1000), what: named.join(' › ') || 'task' });
  }
  return { tasks, busyMs: Math.round(busy / 1000) };
}

function describe(e: TraceEvent): string {
  const url = e.args?.data?.url;
  const file = url ? url.replace(/^https?:\/\/[^/]+/, '') : '';
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule') {
    return `${e.name}${file ? ` ${file}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}()` : ''}`;
  }
  if (e.name === 'RunMicrotasks' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch') return e.name;
  if (/^(ParseHTML|ParseAuthorStyleSheet|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|ResourceReceivedData)$/.test(e.name)) return e.name;
  if (/wasm/i.test(e.name)) return e.name;
  return '';
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** The functions that took the most CPU (self time, ms) in a V8 profile, up to `untilMs` after its start. */
export function topFunctions(profile: CpuProfile, untilMs: number, count = 20): Array<{ ms: number; what: string }> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t / 1000 > untilMs) return;
    const frame = nodes.get(id)!.callFrame;
    const file = frame.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    const what = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    self.set(what, (self.get(what) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([what, ms]) => ({ ms: Math.round(ms * 10) / 10, what }));
}
