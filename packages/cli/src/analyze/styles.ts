/**
 * The report's stylesheet, inlined in the HTML: system fonts only (nothing fetched), a calm palette matching
 * the charts (`charts/svg.ts`), and print rules so each section stays on one page where it fits.
 */
export const REPORT_CSS = `
:root{--ink:#1d2733;--muted:#6b7785;--line:#e3e7ec;--bg:#f4f6f8;--card:#fff;--accent:#2f5fb3;--good:#1f8a5b;--bad:#c8402f;--mid:#e3a21a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 -apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans CJK SC",Roboto,Helvetica,Arial,sans-serif}
html[lang=en] body{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","DejaVu Sans","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
.report{max-width:1040px;margin:0 auto;padding:32px 24px 48px}
header.top{background:linear-gradient(135deg,#1f3f77,#2f5fb3);color:#fff;border-radius:14px;padding:28px 32px;margin-bottom:20px}
header.top h1{margin:0;font-size:28px;letter-spacing:.2px}
header.top .subtitle{margin:4px 0 20px;opacity:.85;font-size:16px}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:12px;margin:0}
.facts div{background:rgba(255,255,255,.12);border-radius:10px;padding:10px 14px}
.facts div.wide{grid-column:span 2}
.facts dt{font-size:12px;opacity:.8;text-transform:uppercase;letter-spacing:.4px}
.facts dd{margin:2px 0 0;font-size:17px;font-weight:600;overflow-wrap:anywhere}
section.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:22px 26px;margin:0 0 18px}
section.card h2{margin:0 0 14px;font-size:19px;display:flex;align-items:center;gap:10px}
section.card h2::before{content:"";width:4px;height:18px;border-radius:2px;background:var(--accent)}
.note{color:var(--muted);font-size:13px;margin:10px 0 0}
.empty{color:var(--muted)}
ul.headlines{list-style:none;margin:0;padding:0;display:grid;gap:10px}
ul.headlines li{padding:12px 16px;border-radius:10px;background:#f1f5fb;border-left:4px solid var(--accent);font-size:15.5px}
ol.recs{margin:0;padding:0;list-style:none;counter-reset:rec;display:grid;gap:10px}
ol.recs li{counter-increment:rec;position:relative;padding:12px 16px 12px 56px;border:1px solid var(--line);border-radius:10px}
ol.recs li::before{content:counter(rec);position:absolute;left:14px;top:11px;width:28px;height:28px;border-radius:50%;background:var(--accent);color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:14px}
ol.recs li.rec-floor::before{background:var(--mid)}
ol.recs li.rec-keep::before{background:var(--good)}
ol.recs .lift{float:right;margin-left:12px;font-weight:700;color:var(--good);white-space:nowrap}
.journey{display:grid;grid-template-columns:repeat(var(--stages),minmax(0,1fr));gap:12px}
.stage{background:#f7f9fb;border-radius:10px;padding:10px;display:flex;flex-direction:column;gap:10px}
.journey.single .stage{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr))}
.journey.single .stage-name{grid-column:1/-1}
.stage-name{font-weight:700;font-size:13px;color:var(--muted);text-transform:uppercase;letter-spacing:.4px;padding:2px 4px}
.tp{background:#fff;border:1px solid var(--line);border-top:6px solid var(--line);border-radius:8px;padding:10px 12px;position:relative}
.tp.key{box-shadow:0 0 0 2px var(--ink) inset}
.tp-name{font-weight:600;margin-bottom:4px}
.tp ul{margin:0;padding:0;list-style:none;font-size:13px;color:var(--muted)}
.badge{display:inline-block;background:var(--ink);color:#fff;font-size:11px;font-weight:700;border-radius:999px;padding:2px 9px;margin-bottom:6px}
.legend{display:flex;flex-wrap:wrap;gap:16px;margin-top:12px;font-size:13px;color:var(--muted)}
.legend i{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px}
svg.chart{width:100%;height:auto;display:block}
svg text{font-family:inherit;fill:var(--ink)}
svg .tick{font-size:11px;fill:var(--muted)}
svg .axis{font-size:13px;fill:var(--muted);font-weight:600}
svg .label{font-size:12.5px}
svg .label.strong{font-weight:700}
svg .quadrant{font-size:13px;font-weight:700}
svg .note{font-size:12px;fill:var(--muted)}
.curves{display:grid;grid-template-columns:1fr;gap:14px}
figure.curve{margin:0;border:1px solid var(--line);border-radius:10px;padding:12px}
figure.curve figcaption{font-weight:600;margin-bottom:6px}
.roles{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin-top:14px}
.roles div{background:#f7f9fb;border-radius:8px;padding:10px 12px;font-size:13.5px}
.roles strong{display:block;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.4px;margin-bottom:4px}
table.floors{width:100%;border-collapse:collapse;font-size:14px}
table.floors th{text-align:left;color:var(--muted);font-weight:600;font-size:12.5px;border-bottom:2px solid var(--line);padding:8px 10px}
table.floors td{border-bottom:1px solid var(--line);padding:9px 10px}
table.floors .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.floors tr.faint td{color:var(--muted)}
.quotes-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
.quotes{margin:0}
.quotes-head{font-weight:600;margin-bottom:6px}
.quotes blockquote{margin:6px 0;padding:7px 12px;font-size:14px;background:#fafbfc;border-left:4px solid var(--line);border-radius:0 8px 8px 0;font-style:italic;color:#334}
ul.problems,ul.missing-codes{margin:6px 0;padding-left:20px;font-size:13px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;background:#f1f3f5;border-radius:4px;padding:1px 5px}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:20px}
@media (max-width:760px){.journey{grid-template-columns:1fr}.curves{grid-template-columns:1fr}.roles{grid-template-columns:1fr}}
@media print{body{background:#fff;font-size:12.5px}.report{max-width:none;padding:0}section.card{break-inside:avoid;border-color:#ccc}header.top{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
