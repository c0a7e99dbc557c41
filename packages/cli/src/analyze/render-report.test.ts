import { test } from 'node:test';
import assert from 'node:assert/strict';
import { twoLines } from './charts/emotion-curve.ts';
import { shorten } from './charts/svg.ts';
import { createFormat, escapeHtml } from './html.ts';
import { translate } from './messages.ts';
import { renderReport } from './render-report.ts';
import type { TReportModel } from './report-model.ts';

const MODEL: TReportModel = {
  locale: 'en',
  source: 'moments',
  outcome: 'churn',
  journeyKey: 'repair',
  journeyName: 'Repair <b>',
  period: null,
  counts: { episodes: 0, moments: 0, withOutcome: 0 },
  stages: [{ key: 's', name: 'Stage "one"' }],
  touchpoints: [],
  ipa: null,
  histogram: Array.from({ length: 10 }, () => 0),
  medianScore: null,
  lowScoreShare: null,
  peakEnd: { peaks: [], troughs: [], ends: [] },
  curves: { good: null, bad: null },
  peakEndRefit: null,
  peakEndControlled: null,
  quotes: [],
  floors: [],
  confidence: 0.95,
  dataQuality: {
    rowsRead: 0,
    rowsRejected: 0,
    firstProblems: [],
    episodesWithoutOutcome: 0,
    lateMoments: 0,
    missingByCode: [],
  },
  generatedAt: '2026-01-01T00:00:00Z',
};

test('renders an empty analysis without failing, escaping every name', () => {
  const html = renderReport(MODEL);
  assert.match(html, /Repair &lt;b&gt;/);
  assert.match(html, /Stage &quot;one&quot;/);
  assert.match(html, /Too few episodes with an outcome/);
  assert.match(html, /No touchpoint shows a lift worth acting on/);
  assert.match(html, /Too few episodes with an outcome to weigh the touchpoints/);
});

test('escapes both quote kinds and ampersands', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('fills placeholders and formats numbers per locale', () => {
  assert.equal(translate('en', 'map.volume', { value: '1,234' }), '1,234 moments');
  assert.equal(translate('zh-CN', 'map.volume', { value: '1,234' }), '1,234 个时刻');
  assert.equal(createFormat('en').percent(0.183), '18%');
  assert.equal(createFormat('en').signed(0.4, 1), '+0.4');
});

test('shortens and wraps labels, counting CJK characters double', () => {
  assert.equal(shorten('维修人员上门', 6), '维修人…');
  assert.deepEqual(twoLines('Technician arrives on site', 16), ['Technician', 'arrives on site']);
  assert.deepEqual(twoLines('Short', 16), ['Short']);
});

test('quotes customers at the key moments, escaped', () => {
  const quotes = [
    {
      key: 'visit',
      name: 'Visit',
      rank: 1,
      quotes: [{ text: '<img src=x onerror=alert(1)> late again', value: -1 }],
    },
  ];
  const html = renderReport({ ...MODEL, quotes });
  assert.match(html, /<section class="card" id="quotes">/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; late again/);
  assert.doesNotMatch(html, /<img/);
});

test('the controlled peak-end weights replace the shares, and a part the data cannot tell is said so', () => {
  const peakEndRefit = { peak: 0.3, end: 0.2, mean: 0.5, r2: 0.4 };
  const peakEndControlled = {
    n: 1234,
    peak: { estimate: 0.667, lower: 0.6, upper: 0.73 },
    end: null,
    breaches: { estimate: -1.2, lower: -1.3, upper: -1.1 },
  };
  const en = renderReport({ ...MODEL, peakEndRefit, peakEndControlled });
  assert.match(en, /1,234 episodes with an outcome/);
  assert.match(en, /at the peak moves the outcome by 0\.67 \(0\.6 to 0\.73\)/);
  assert.match(en, /at the end by an amount these data cannot separate from the touchpoints/);
  assert.match(en, /each floor breach by -1\.2 \(-1\.3 to -1\.1\)/);
  assert.doesNotMatch(en, /weigh 30/);
  const zh = renderReport({ ...MODEL, locale: 'zh-CN', peakEndRefit, peakEndControlled });
  assert.match(zh, /峰值体验每提高一个单位，结果变化 0\.67（0\.6 至 0\.73）/);
  // Without the controlled refit the shares are shown.
  assert.match(renderReport({ ...MODEL, peakEndRefit }), /weigh 30%, 20% and 50%/);
});
