// Text analytics throughput on one core: comments/s for sentiment alone and for sentiment plus aspects
// (clauses, themes, clause sentiment), with jieba segmentation alone as the baseline in the same run.
// Run deliberately, not from tests: node --import tsx bench/text/text.bench.ts [comments]
// Uses the real waimai_10k reviews when ../shared/data is there, else generated comments.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { analyzeText, scoreSentiment } from '@mot/core/text';
import { cutChinese } from '../../packages/core/src/text/segment.ts';

const target = Number(process.argv[2] ?? 20_000);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const waimai = resolve(repoRoot, '../shared/data/chinese_reviews/waimai_10k.csv');

function loadComments(): { source: string; comments: string[] } {
  if (existsSync(waimai)) {
    const rows: Record<string, string>[] = parse(readFileSync(waimai, 'utf8'), { columns: true, bom: true });
    return { source: 'waimai_10k', comments: rows.map((r) => r.review ?? '').filter((t) => t.trim() !== '') };
  }
  const zh = [
    '维修人员两个小时才到，态度很差，但问题最终解决了',
    '送餐很快，味道不错',
    '价格有点贵，不过师傅很专业',
  ];
  const en = ['The engineer was late but fixed it quickly.', 'Rude agent, and the bill was wrong again.'];
  return { source: 'generated', comments: [...zh, ...en] };
}

const { source, comments } = loadComments();
const work = Array.from({ length: target }, (_, i) => comments[i % comments.length] ?? '');
const chars = work.reduce((s, c) => s + c.length, 0);

function rate(label: string, fn: (text: string) => unknown): number {
  for (const c of work.slice(0, 500)) fn(c); // warm-up: jieba dictionary, model decoding, JIT
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const c of work) fn(c);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU time of this process: on a shared machine the wall clock also counts time spent waiting for a core.
  const perCpuSecond = work.length / ((used.user + used.system) / 1e6);
  const show = (n: number): string => Math.round(n).toLocaleString('en').padStart(9);
  console.log(
    `${label.padEnd(26)} ${show(perCpuSecond)} per CPU-second, ${show(work.length / seconds)} per wall second`,
  );
  return perCpuSecond;
}

console.log(`${work.length} comments from ${source}, mean ${(chars / work.length).toFixed(1)} characters`);
const baseline = rate('jieba segmentation only', (t) => cutChinese(t));
const sentiment = rate('sentiment', (t) => scoreSentiment(t));
const aspects = rate('sentiment + aspects', (t) => analyzeText(t));
console.log(
  `ratios to segmentation: sentiment ${(baseline / sentiment).toFixed(1)}x slower, sentiment + aspects ${(baseline / aspects).toFixed(1)}x slower`,
);
console.log(
  aspects >= 5_000 ? 'meets the target of 5,000 comments/s' : 'BELOW the target of 5,000 comments/s',
);
