import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SLA_TARGETS, alwaysOpenCalendar } from '@mot/core';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TPolicy = {
  id: string;
  name: string;
  isDefault: boolean;
  calendarId: string;
  calendarName: string;
  journeys: string[];
};

forEachDatabase('SLA policy routes', (getDb) => {
  test('the default policy is created with the defaults; a narrowed policy is created, replaced and deleted', async () => {
    const { call } = await setUpWorkspace(getDb());
    const start = (await call('GET', '/api/sla-policies')).body as {
      policies: Array<TPolicy & { targets: unknown }>;
    };
    assert.equal(start.policies.length, 1);
    const def = start.policies[0];
    assert.equal(def?.isDefault, true);
    assert.equal(def?.calendarName, 'Working days');
    assert.deepEqual(def?.targets, DEFAULT_SLA_TARGETS);
    const always = await call('POST', '/api/business-calendars', {
      name: 'Always',
      calendar: alwaysOpenCalendar('Asia/Shanghai'),
    });
    const calendarId = (always.body as { id: string }).id;
    const hotline = {
      name: 'Hotline',
      calendarId,
      targets: { ...DEFAULT_SLA_TARGETS, critical: { firstResponseMinutes: 10, resolutionMinutes: 60 } },
      journeys: ['repair'],
      departments: ['Call centre'],
    };
    const created = await call('POST', '/api/sla-policies', hotline);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = (created.body as TPolicy).id;
    assert.equal((created.body as TPolicy).calendarName, 'Always');
    const renamed = await call('PUT', `/api/sla-policies/${id}`, { ...hotline, name: 'Hotline 24x7' });
    assert.equal((renamed.body as TPolicy).name, 'Hotline 24x7');
    assertError(await call('DELETE', `/api/business-calendars/${calendarId}`), 409, 'in_use');
    assertError(await call('DELETE', `/api/sla-policies/${def?.id}`), 409, 'in_use');
    assert.equal((await call('DELETE', `/api/sla-policies/${id}`)).status, 204);
    assert.equal(
      ((await call('GET', '/api/sla-policies')).body as { policies: unknown[] }).policies.length,
      1,
    );
    const audit = (await call('GET', '/api/audit?limit=50')).body as { entries: Array<{ action: string }> };
    const actions = audit.entries.map((e) => e.action).filter((a) => a.startsWith('sla_policy.'));
    assert.deepEqual(actions, [
      'sla_policy.delete',
      'sla_policy.update',
      'sla_policy.create',
      'sla_policy.create_default',
    ]);
  });

  test('bad policies are refused at the field at fault', async () => {
    const { call } = await setUpWorkspace(getDb());
    const def = ((await call('GET', '/api/sla-policies')).body as { policies: TPolicy[] }).policies[0];
    const base = { name: 'P', calendarId: def?.calendarId, targets: DEFAULT_SLA_TARGETS };
    const post = (body: Record<string, unknown>) => call('POST', '/api/sla-policies', { ...base, ...body });
    assertError(
      await post({
        targets: { ...DEFAULT_SLA_TARGETS, high: { firstResponseMinutes: 60, resolutionMinutes: 30 } },
      }),
      400,
      'invalid_input',
      ['targets', 'high', 'resolutionMinutes'],
    );
    assertError(
      await post({
        targets: { ...DEFAULT_SLA_TARGETS, low: { firstResponseMinutes: 0, resolutionMinutes: 30 } },
      }),
      400,
      'invalid_input',
      ['targets', 'low', 'firstResponseMinutes'],
    );
    assertError(await post({ calendarId: '00000000-0000-4000-8000-000000000000' }), 400, 'invalid_input', [
      'calendarId',
    ]);
    assertError(await post({ journeys: ['repair', 'nope'] }), 400, 'invalid_input', ['journeys', 1]);
    assertError(await post({ isDefault: true, departments: ['Call centre'] }), 400, 'invalid_input', [
      'departments',
    ]);
    assertError(await post({ name: def?.name }), 409, 'already_exists', ['name']);
    assertError(
      await call('PUT', `/api/sla-policies/${def?.id}`, { ...base, name: 'Default' }),
      400,
      'invalid_input',
      ['isDefault'],
    );
  });
});
