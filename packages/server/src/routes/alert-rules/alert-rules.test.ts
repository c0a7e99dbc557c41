import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, bearer, clientWith, mintKey, setUpWorkspace } from '../../testing/http.ts';

const FLOOR = {
  key: 'wait-floor',
  name: 'Hotline wait',
  severity: 'high',
  condition: { kind: 'floor_breach', measure: 'wait_seconds' },
};

forEachDatabase('/api/alert-rules', (getDb) => {
  test('create, read, replace, list and delete a rule; every write audited', async () => {
    const { call } = await setUpWorkspace(getDb());
    const created = await call('POST', '/api/alert-rules', {
      ...FLOOR,
      scope: { journey: 'repair', segment: { tier: 'gold' } },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body, {
      ...FLOOR,
      enabled: true,
      opensCase: true,
      scope: { journey: 'repair', segment: { tier: 'gold' } },
      id: (created.body as { id: number }).id,
      origin: null,
      createdAt: (created.body as { createdAt: string }).createdAt,
      updatedAt: (created.body as { updatedAt: string }).updatedAt,
    });
    assertError(await call('POST', '/api/alert-rules', FLOOR), 409, 'already_exists', ['key']);
    const replaced = await call('PUT', '/api/alert-rules/wait-floor', {
      name: 'Hotline wait',
      severity: 'critical',
      enabled: false,
      condition: { kind: 'floor_breach' },
    });
    assert.equal(replaced.status, 200);
    assert.equal((replaced.body as { severity: string }).severity, 'critical');
    assert.equal(
      (
        await call('PUT', '/api/alert-rules/nps', {
          name: 'NPS',
          severity: 'high',
          condition: { kind: 'nps_detractor' },
        })
      ).status,
      201,
    );
    const list = (await call('GET', '/api/alert-rules')).body as {
      rules: Array<{ key: string; condition: unknown }>;
    };
    assert.deepEqual(
      list.rules.map((r) => r.key),
      ['nps', 'wait-floor'],
    );
    assert.deepEqual(list.rules[0]?.condition, { kind: 'nps_detractor', max: 6 });
    assert.equal((await call('DELETE', '/api/alert-rules/nps')).status, 204);
    assertError(await call('GET', '/api/alert-rules/nps'), 404, 'not_found', ['params', 'key']);
    assertError(await call('DELETE', '/api/alert-rules/nps'), 404, 'not_found');
    const audit = (await call('GET', '/api/audit?limit=20')).body as { entries: Array<{ action: string }> };
    assert.deepEqual(
      audit.entries.map((e) => e.action).filter((a) => a.startsWith('alert_rule')),
      ['alert_rule.delete', 'alert_rule.create', 'alert_rule.update', 'alert_rule.create'],
    );
  });

  test('bad rules are 400 with the path of the field at fault', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(
      await call('POST', '/api/alert-rules', {
        ...FLOOR,
        condition: { kind: 'negative_comment', minConfidence: 2 },
      }),
      400,
      'invalid_input',
      ['condition', 'minConfidence'],
    );
    assertError(
      await call('POST', '/api/alert-rules', { ...FLOOR, condition: { kind: 'nope' } }),
      400,
      'invalid_input',
      ['condition', 'kind'],
    );
    assertError(
      await call('POST', '/api/alert-rules', { ...FLOOR, severity: 'urgent' }),
      400,
      'invalid_input',
      ['severity'],
    );
    assertError(
      await call('POST', '/api/alert-rules', { ...FLOOR, scope: { team: 'x' } }),
      400,
      'invalid_input',
      ['scope'],
    );
    assertError(await call('PUT', '/api/alert-rules/Bad Key', { ...FLOOR }), 400, 'invalid_input', [
      'params',
      'key',
    ]);
  });

  test('owners and agents read the rules; writing them needs loop:manage (admin, analyst)', async () => {
    const { app, workspaceId } = await setUpWorkspace(getDb());
    for (const [role, writes] of [
      ['owner', false],
      ['agent', false],
      ['analyst', true],
    ] as const) {
      const call = clientWith(app, bearer(await mintKey(getDb(), workspaceId, role)));
      assert.equal((await call('GET', '/api/alert-rules')).status, 200);
      const res = await call('PUT', `/api/alert-rules/by-${role}`, {
        name: 'X',
        severity: 'low',
        condition: { kind: 'bottom_rating' },
      });
      assert.equal(res.status, writes ? 201 : 403, role);
    }
  });
});
