import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialScripts } from './initial-scripts.ts';

test('the initial scripts are the module entry and its modulepreload links, nothing lazy', () => {
  const html = `<!doctype html><head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
    <link rel="stylesheet" href="/assets/index.css">
    <link rel="icon" href="/favicon.svg"></head>`;
  assert.deepEqual(initialScripts(html), ['assets/index-abc.js', 'assets/vendor-def.js']);
});
