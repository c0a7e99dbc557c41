import { randomBytes } from 'node:crypto';
import type { TJourneyInput, TMomentInputRaw, TWorkspace } from '@mot/core';
import type { TDatabase } from '../storage/database.ts';
import { ensureWorkspace } from '../storage/ensure-workspace.ts';

/** A fresh workspace with a unique key, so tests sharing one database never see each other's rows. */
export function createTestWorkspace(db: TDatabase, name = 'Test'): Promise<TWorkspace> {
  return ensureWorkspace(db, { key: `t-${randomBytes(5).toString('hex')}`, name });
}

/**
 * A small repair journey: a hotline call (wait_seconds: target 60, floor 300), a technician visit
 * (arrival_hours: target 24, floor 48; fixed: higher is better, target 1, floor 1) and a rated callback.
 */
export function makeJourney(overrides: Partial<TJourneyInput> = {}): TJourneyInput {
  return {
    key: 'repair',
    name: 'Repair',
    stages: [
      { key: 'contact', name: 'Contact', kind: 'pre_contact' },
      { key: 'fix', name: 'Fix', kind: 'delivery' },
    ],
    touchpoints: [
      {
        key: 'hotline',
        name: 'Hotline',
        stage: 'contact',
        channel: 'phone',
        owner: 'Call centre',
        measures: [
          {
            key: 'wait_seconds',
            unit: 's',
            direction: 'lower_is_better',
            standard: { target: 60, floor: 300 },
          },
        ],
      },
      {
        key: 'visit',
        name: 'Visit',
        stage: 'fix',
        channel: 'on_site',
        owner: 'Field service',
        measures: [
          {
            key: 'arrival_hours',
            unit: 'h',
            direction: 'lower_is_better',
            standard: { target: 24, floor: 48 },
          },
          { key: 'fixed', unit: 'boolean', direction: 'higher_is_better', standard: { target: 1, floor: 1 } },
        ],
      },
      { key: 'callback', name: 'Callback', stage: 'fix', channel: 'phone', owner: 'Quality', measures: [] },
    ],
    ...overrides,
  };
}

let sequence = 0;

/** A valid moment at the hotline of `makeJourney()`, with a unique event id. */
export function makeMoment(overrides: Partial<TMomentInputRaw> = {}): TMomentInputRaw {
  sequence += 1;
  return {
    eventId: `ev-${sequence}-${randomBytes(3).toString('hex')}`,
    journey: 'repair',
    touchpoint: 'hotline',
    customer: 'c-1',
    episode: 'case-1',
    occurredAt: new Date(Date.UTC(2026, 0, 1, 8, 0, sequence % 3600)).toISOString(),
    measures: { wait_seconds: 30 },
    ...overrides,
  };
}
