import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PERMISSIONS, ROLES, can } from '@mot/core';

test("docs/security.md's permission table is core's role table", () => {
  const doc = readFileSync(new URL('../../../../docs/security.md', import.meta.url), 'utf8');
  const header = doc.split('\n').find((line) => line.startsWith('| permission'));
  assert.ok(header, 'the table is there');
  assert.deepEqual(
    header
      .split('|')
      .map((cell) => cell.trim())
      .filter((cell) => cell.length > 0)
      .slice(1),
    [...ROLES],
  );
  for (const permission of PERMISSIONS) {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${permission}\``));
    assert.ok(row, `a row for ${permission}`);
    const cells = row
      .split('|')
      .slice(2, 2 + ROLES.length)
      .map((cell) => cell.trim() === '✓');
    assert.deepEqual(
      cells,
      ROLES.map((role) => can(role, permission)),
      permission,
    );
  }
});
