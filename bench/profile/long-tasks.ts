// The long tasks of a V8 CPU profile (`node --cpu-prof`): the stretches in which the event loop ran
// JavaScript without a break (no `(idle)` or `(program)` sample between) for at least --min ms, each with
// the functions it spent its time in (self time, and the first frame of the project's own code on the stack
// of each sample, so that a library's time is charged to the project's function that called it). A
// request that arrives during such a task waits for it to end: this is where a latency tail of a server
// that is otherwise idle comes from.
//
//   node --import tsx bench/profile/long-tasks.ts <file.cpuprofile> [--min 50] [--top 8]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type TFrame = { functionName: string; url: string; lineNumber: number };
type TNode = { id: number; callFrame: TFrame; children?: number[] };
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { min: { type: 'string', default: '50' }, top: { type: 'string', default: '8' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: long-tasks.ts <file.cpuprofile> [--min 50] [--top 8]');
  process.exit(2);
}
const minMs = Number(values.min);
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, 'utf8')) as TProfile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const IDLE = new Set(['(idle)', '(program)']);
const ownCode = (f: TFrame) => f.url.includes('/packages/') && !f.url.includes('node_modules');
const name = (f: TFrame) =>
  `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(packages|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;

/** The sample's own frame, and its first frame in the project's own code (walking up to the root). */
function framesOf(id: number): { self: string; own: string } {
  const self = byId.get(id)?.callFrame;
  let at: number | undefined = id;
  while (at !== undefined) {
    const frame = byId.get(at)?.callFrame;
    if (frame && ownCode(frame)) return { self: self ? name(self) : '?', own: name(frame) };
    at = parent.get(at);
  }
  return { self: self ? name(self) : '?', own: '(no project frame)' };
}

type TTask = { start: number; ms: number; self: Map<string, number>; own: Map<string, number> };
const tasks: TTask[] = [];
let current: TTask | null = null;
let time = profile.startTime;
let busyMs = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  const delta = (profile.timeDeltas[i] ?? 0) / 1000;
  time += profile.timeDeltas[i] ?? 0;
  const id = profile.samples[i] as number;
  const frame = byId.get(id)?.callFrame;
  if (!frame || IDLE.has(frame.functionName)) {
    if (current && current.ms >= minMs) tasks.push(current);
    current = null;
    continue;
  }
  busyMs += delta;
  current ??= { start: time, ms: 0, self: new Map(), own: new Map() };
  current.ms += delta;
  const { self, own } = framesOf(id);
  current.self.set(self, (current.self.get(self) ?? 0) + delta);
  current.own.set(own, (current.own.get(own) ?? 0) + delta);
}
if (current && current.ms >= minMs) tasks.push(current);

const span = (time - profile.startTime) / 1000;
const inTasks = tasks.reduce((s, t) => s + t.ms, 0);
console.log(
  `${file}: ${(span / 1000).toFixed(1)} s profiled, JavaScript ${(busyMs / 1000).toFixed(1)} s;` +
    ` ${tasks.length} tasks of ${minMs} ms or more, ${(inTasks / 1000).toFixed(2)} s in all`,
);
const totals = new Map<string, number>();
for (const t of tasks) for (const [k, v] of t.own) totals.set(k, (totals.get(k) ?? 0) + v);
const list = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n');
console.log(`  in those tasks, by the project's function on the stack:\n${list(totals, top)}`);
for (const t of [...tasks].sort((a, b) => b.ms - a.ms).slice(0, top)) {
  console.log(`  task at +${((t.start - profile.startTime) / 1e6).toFixed(2)} s, ${t.ms.toFixed(1)} ms`);
  console.log(`   by the project's function:\n${list(t.own, 4)}`);
  console.log(`   self:\n${list(t.self, 4)}`);
}
