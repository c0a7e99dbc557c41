import { randomBytes } from 'node:crypto';
import type { TJourneyInput, TMomentInputRaw, TWorkspace } from '@mot/core';
import type { TAppWithAuth } from '../app.ts';
import type { TDatabase } from '../storage/database.ts';
import { createTestWorkspace, makeJourney, makeMoment } from './factories.ts';
import { bearer, clientWith, mintKey } from './http.ts';
import type { TTestClient, TTestResponse } from './http.ts';

/**
 * A workspace holding one of everything, planted through the API with an admin key: a journey, an alert
 * rule, moments with a customer (one breaching a floor, which opens a case), an outcome, a member, a second
 * API key, and the audit entries those writes leave. `marker` is in its name, the journey's name, the
 * moments' comments and attributes, the member's name and e-mail, the key's name and the alert rule's (so
 * the case's title): text a caller only ever gets by reading this workspace.
 */
export type TPlantedWorkspace = {
  workspace: TWorkspace;
  /** An admin key of the workspace, and a client calling with it. */
  adminSecret: string;
  call: TTestClient;
  marker: string;
  journey: string;
  customer: string;
  episode: string;
  eventIds: string[];
  /** The journey document and the moments as planted (to plant them again). */
  journeyDoc: TJourneyInput;
  moments: TMomentInputRaw[];
  memberUserId: string;
  keyId: string;
  /** The case the breaching moment opened. */
  caseId: string;
  /** A notification channel (its id). */
  channelId: number;
  /** An initiative at the hotline (its id). */
  initiativeId: string;
  /** A survey rating the hotline, its name holding the marker (its key). */
  surveyKey: string;
  /** A built-in pack and one of its journeys. */
  pack: string;
  packJourney: string;
};

function expectStatus(res: TTestResponse, status: number, what: string): void {
  if (res.status !== status) {
    throw new Error(`planting: ${what} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
  }
}

/** Plants a workspace (see TPlantedWorkspace); identifiers are unique per call, the journey key unless given. */
export async function plantWorkspace(
  db: TDatabase,
  app: TAppWithAuth,
  options: { journey?: string } = {},
): Promise<TPlantedWorkspace> {
  const id = randomBytes(5).toString('hex');
  const marker = `hidden${randomBytes(8).toString('hex')}`;
  const workspace = await createTestWorkspace(db, `Workspace ${marker}`);
  const adminSecret = await mintKey(db, workspace.id, 'admin');
  const call = clientWith(app, bearer(adminSecret));
  const journey = options.journey ?? `j-${id}`;
  const customer = `cust-${id}`;
  const episode = `ep-${id}`;

  expectStatus(await call('PATCH', '/api/settings', { personalFields: ['phone'] }), 200, 'settings');
  const journeyDoc = makeJourney({ key: journey, name: `Journey ${marker}` });
  expectStatus(await call('PUT', `/api/journeys/${journey}`, journeyDoc), 201, 'the journey');
  const rule = {
    key: 'floor',
    name: `Floor ${marker}`,
    severity: 'high',
    condition: { kind: 'floor_breach' },
  };
  expectStatus(await call('POST', '/api/alert-rules', rule), 201, 'the alert rule');
  const attributes = { phone: '13812341234', note: marker };
  const moments = [
    makeMoment({ journey, customer, episode, attributes, comment: `comment ${marker}` }),
    makeMoment({ journey, customer, episode, measures: { wait_seconds: 400 }, rating: 2 }),
    makeMoment({
      journey,
      customer,
      episode,
      touchpoint: 'visit',
      measures: { arrival_hours: 12, fixed: 1 },
    }),
  ];
  expectStatus(await call('POST', '/api/moments', { moments }), 200, 'the moments');
  const cases = await call('GET', `/api/cases?customer=${customer}`);
  expectStatus(cases, 200, 'the cases');
  const caseId = String((cases.body as { cases: Array<{ id: number }> }).cases[0]?.id ?? 'none');
  const outcomes = [{ journey, customer, episode, overall: 7, nps: 9, eventId: `out-${id}` }];
  expectStatus(await call('POST', '/api/outcomes', { outcomes }), 200, 'the outcome');
  const member = await call('POST', '/api/members', {
    email: `member-${marker}@example.com`,
    name: `Member ${marker}`,
    role: 'viewer',
  });
  expectStatus(member, 201, 'the member');
  const key = await call('POST', '/api/keys', { name: `key ${marker}`, role: 'viewer' });
  expectStatus(key, 201, 'the key');
  const channel = await call('POST', '/api/notification-channels', {
    name: `Channel ${marker}`,
    kind: 'webhook',
    url: `https://hooks.example.com/${marker}`,
    subscription: { events: ['case.created'] },
  });
  expectStatus(channel, 201, 'the notification channel');
  const initiative = await call('POST', '/api/initiatives', {
    name: `Initiative ${marker}`,
    kind: 'training',
    ownerName: `Owner ${marker}`,
    journey,
    touchpoints: ['hotline'],
    startDate: '2026-01-01',
    comparison: { kind: 'touchpoints', touchpoints: [{ journey, touchpoint: 'visit' }] },
  });
  expectStatus(initiative, 201, 'the initiative');
  const survey = await call('POST', '/api/surveys', {
    key: `survey-${id}`,
    name: `Survey ${marker}`,
    journey,
    template: { template: 'post_contact_csat', touchpoint: 'hotline' },
  });
  expectStatus(survey, 201, 'the survey');
  const packs = await call('GET', '/api/packs');
  expectStatus(packs, 200, 'the packs');
  const pack = (packs.body as { packs: Array<{ key: string; journeys: Array<{ key: string }> }> }).packs[0];

  return {
    call,
    workspace,
    adminSecret,
    marker,
    journey,
    customer,
    episode,
    eventIds: moments.map((m) => m.eventId as string),
    journeyDoc,
    moments,
    memberUserId: (member.body as { member: { userId: string } }).member.userId,
    keyId: (key.body as { key: { id: string } }).key.id,
    caseId,
    channelId: (channel.body as { id: number }).id,
    initiativeId: (initiative.body as { id: string }).id,
    surveyKey: `survey-${id}`,
    pack: pack?.key ?? 'none',
    packJourney: pack?.journeys[0]?.key ?? 'none',
  };
}

/** Values of the path and query parameters of `path` that name the planted things. */
export function plantedParameters(planted: TPlantedWorkspace, path: string): Record<string, string> {
  const isPack = path.startsWith('/api/packs/');
  return {
    journey: isPack ? planted.packJourney : planted.journey,
    pack: planted.pack,
    stage: 'contact',
    touchpoint: 'hotline',
    department: 'Call centre',
    measure: 'wait_seconds',
    key: path.startsWith('/api/surveys/') ? planted.surveyKey : planted.episode,
    customer: planted.customer,
    eventId: planted.eventIds[0] ?? 'none',
    userId: planted.memberUserId,
    id: path.startsWith('/api/cases/')
      ? planted.caseId
      : path.startsWith('/api/initiatives/')
        ? planted.initiativeId
        : planted.keyId,
    // A notification channel's routes name it by id; elsewhere (survey results, invitations) `channel` is the
    // channel a survey link or invitation went out by.
    channel: path.startsWith('/api/notification-channels') ? String(planted.channelId) : 'sms',
  };
}
