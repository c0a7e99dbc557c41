import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, createTestUser, setUpWorkspace } from '../../testing/http.ts';

forEachDatabase('department routes', (getDb) => {
  test("departments are the touchpoints' owners; their escalation contacts are set by members' ids", async () => {
    const db = getDb();
    const { call, app, workspaceId } = await setUpWorkspace(db);
    const lead = await createTestUser(db, app, { workspaceId, role: 'owner' });
    const stranger = await createTestUser(db, app);
    const list = (await call('GET', '/api/departments')).body as {
      departments: Array<{ name: string; names: unknown; journeys: string[]; teamLead: unknown }>;
    };
    assert.deepEqual(
      list.departments.map((d) => [d.name, d.names, d.journeys, d.teamLead]),
      [
        ['Call centre', null, ['repair'], null],
        ['Field service', null, ['repair'], null],
        ['Quality', null, ['repair'], null],
      ],
    );
    const path = `/api/departments/${encodeURIComponent('Call centre')}/contacts`;
    const set = await call('PUT', path, { teamLeadUserId: lead.id, headUserId: null });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual((set.body as { teamLead: unknown }).teamLead, {
      userId: lead.id,
      name: lead.name,
      email: lead.email,
    });
    assertError(
      await call('PUT', path, { teamLeadUserId: null, headUserId: stranger.id }),
      400,
      'invalid_input',
      ['headUserId'],
    );
    assertError(
      await call('PUT', '/api/departments/Nobody/contacts', { teamLeadUserId: null, headUserId: null }),
      404,
      'not_found',
    );
    const audit = (await call('GET', '/api/audit?limit=5')).body as { entries: Array<{ action: string }> };
    assert.equal(audit.entries[0]?.action, 'department.contacts');
  });

  test("a pack's departments carry the pack's names in both languages", async () => {
    const { call } = await setUpWorkspace(getDb());
    const loaded = await call('POST', '/api/packs/telecom/journeys/broadband_install', {});
    assert.equal(loaded.status, 201, JSON.stringify(loaded.body));
    const list = (await call('GET', '/api/departments')).body as {
      departments: Array<{ name: string; names: Record<string, string> | null }>;
    };
    const installation = list.departments.find((d) => d.name === 'installation');
    assert.deepEqual(installation?.names, { 'zh-CN': '装维中心', en: 'Installation and maintenance' });
  });
});
