import assert from 'node:assert/strict';
import { createApp } from '../app.ts';
import type { TApp } from '../app.ts';
import type { TDatabase } from '../storage/database.ts';
import { putJourney } from '../storage/put-journey.ts';
import { createTestWorkspace, makeJourney } from './factories.ts';

/** A response as tests read it: status and parsed JSON body (null when empty). */
export type TTestResponse = { status: number; body: unknown };

/** Calls the real app in a workspace; `body` is sent as JSON unless it is already a string. */
export type TTestClient = (method: string, path: string, body?: unknown) => Promise<TTestResponse>;

/** A client of `app` that works in the workspace with this key. */
export function clientFor(app: TApp, workspace: string): TTestClient {
  return async (method, path, body) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-workspace': workspace },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
}

/** A fresh workspace holding `makeJourney()`, and a client working in it. */
export async function setUpWorkspace(db: TDatabase): Promise<{ call: TTestClient; workspaceId: string }> {
  const workspace = await createTestWorkspace(db);
  await putJourney(db, workspace.id, makeJourney());
  return { call: clientFor(createApp(db), workspace.key), workspaceId: workspace.id };
}

/** Asserts an error response: status, code and (when given) path. */
export function assertError(
  res: TTestResponse,
  status: number,
  code: string,
  path?: (string | number)[],
): void {
  const error = (res.body as { error?: { code: string; message: string; path: unknown[] } }).error;
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(error?.code, code);
  assert.ok(typeof error.message === 'string' && error.message.length > 0);
  if (path) assert.deepEqual(error.path, path);
}
