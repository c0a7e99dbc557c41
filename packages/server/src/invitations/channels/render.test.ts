import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countSms, fillTemplate, renderEmail, renderSms, unknownPlaceholders } from './render.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

test('SMS segments as 3GPP TS 23.038/23.040 count them: 160/153 GSM septets, 70/67 UCS-2 units', () => {
  assert.deepEqual(countSms('a'.repeat(160)), { encoding: 'gsm7', units: 160, segments: 1 });
  assert.deepEqual(countSms('a'.repeat(161)), { encoding: 'gsm7', units: 161, segments: 2 });
  assert.deepEqual(countSms('a'.repeat(306)), { encoding: 'gsm7', units: 306, segments: 2 });
  assert.deepEqual(countSms('a'.repeat(307)), { encoding: 'gsm7', units: 307, segments: 3 });
  // Extension characters take two septets.
  assert.deepEqual(countSms('€'.repeat(80)), { encoding: 'gsm7', units: 160, segments: 1 });
  assert.deepEqual(countSms('€'.repeat(81)), { encoding: 'gsm7', units: 162, segments: 2 });
  assert.deepEqual(countSms('好'.repeat(70)), { encoding: 'ucs2', units: 70, segments: 1 });
  assert.deepEqual(countSms('好'.repeat(71)), { encoding: 'ucs2', units: 71, segments: 2 });
  assert.deepEqual(countSms('好'.repeat(134)), { encoding: 'ucs2', units: 134, segments: 2 });
  assert.deepEqual(countSms('好'.repeat(135)), { encoding: 'ucs2', units: 135, segments: 3 });
  // One Chinese character makes the whole text UCS-2; an emoji is two units.
  assert.equal(countSms(`${'a'.repeat(69)}好`).encoding, 'ucs2');
  assert.deepEqual(countSms('😀'), { encoding: 'ucs2', units: 2, segments: 1 });
});

test('the SMS text: 【signature】, the template in the language, the unsubscribe wording', () => {
  const settings = { ...DEFAULT_SETTINGS.sms, signature: '某某航空' };
  const input = {
    surveyTitle: '航班体验',
    url: 'https://m.example/s/x',
    expiresAt: new Date('2026-12-31T10:00:00Z'),
  };
  assert.equal(
    renderSms(settings, { ...input, language: 'zh-CN' }),
    '【某某航空】您好，请花一分钟评价“航班体验”：https://m.example/s/x ，2026-12-31前有效。回T退订',
  );
  assert.equal(
    renderSms(settings, { ...input, language: 'en', surveyTitle: 'Your flight' }),
    '【某某航空】Please take a minute to rate "Your flight": https://m.example/s/x (open until 2026-12-31). Reply T to unsubscribe',
  );
  assert.equal(fillTemplate('{survey} {other}', { survey: 'S' }), 'S {other}');
  assert.deepEqual(unknownPlaceholders('{link} {name} {survey}', ['survey', 'link']), ['name']);
});

test('the e-mail escapes the survey title in HTML and keeps the subject on one line', () => {
  const mail = renderEmail(
    { ...DEFAULT_SETTINGS.email, subjects: { 'zh-CN': '{survey}', en: 'About {survey}' } },
    {
      language: 'en',
      surveyTitle: '<b>Repair</b>\r\nBcc: x@example.com',
      url: 'https://m.example/s/x?a=1&b=2',
      expiresAt: new Date('2026-12-31T00:00:00Z'),
    },
  );
  assert.equal(mail.subject, 'About <b>Repair</b> Bcc: x@example.com');
  assert.ok(!mail.html.includes('<b>Repair'));
  assert.ok(mail.html.includes('https://m.example/s/x?a=1&amp;b=2'));
  assert.ok(mail.text.includes('https://m.example/s/x?a=1&b=2'));
});
