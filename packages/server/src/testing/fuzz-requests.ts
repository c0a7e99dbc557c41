import fc from 'fast-check';
import type { TOperation } from './openapi-operations.ts';
import { fillPath } from './openapi-operations.ts';
import type { TPlantedWorkspace } from './plant-workspace.ts';
import { RawJson, arbitraryOf, hostileNumber, hostileString, toJsonText } from './schema-arbitrary.ts';

/**
 * Requests of the fuzz suite, generated from the OpenAPI document: path parameters that mostly name planted
 * things, queries and bodies from the schemas (valid-ish and hostile), odd headers and content types, and a
 * caller drawn from the pools.
 */

/** Who sends a request: a name for reports, and its credential headers. */
export type TCaller = { name: string; headers: Record<string, string> };
/** A generated request, ready for `app.request`. */
export type TFuzzRequest = {
  caller: TCaller;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  operation: string;
};

/** What the requests may name: the planted workspace's things, and a few ids the fuzz itself reuses. */
export type TPools = {
  planted: TPlantedWorkspace;
  other: TPlantedWorkspace;
  callers: TCaller[];
  admin: TCaller;
  session: TCaller;
};

const fuzzIds = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** A header value as HTTP allows it (Latin-1, no control characters): the client would refuse others. */
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e\x80-\xff]/g, '?');

/** Bytes that are not UTF-8: stray continuation bytes, overlong forms, encoded surrogates, GBK's 中文. */
const BAD_BYTES = [
  [0x80],
  [0xff],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe0, 0x80],
  [0xc3],
  [0xd6, 0xd0, 0xce, 0xc4],
];

const CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'application/json; charset=gbk',
  'application/json;charset="GB2312"',
  'application/json; charset=utf-16',
  'application/json; charset=iso-8859-1',
  'application/json; charset=',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
];

function pathValues(pools: TPools, name: string, path: string): string[] {
  const p = pools.planted;
  const byName: Record<string, string[]> = {
    journey: path.startsWith('/api/packs/')
      ? [p.packJourney, 'nope']
      : [p.journey, pools.other.journey, 'nope'],
    pack: [p.pack, 'nope'],
    stage: ['contact', 'fix', 'nope'],
    touchpoint: ['hotline', 'visit', 'callback', 'nope'],
    measure: ['wait_seconds', 'arrival_hours', 'fixed', 'nope'],
    key: [p.episode, ...fuzzIds('fz-ep-', 3)],
    customer: [p.customer, pools.other.customer, ...fuzzIds('fz-c-', 3)],
    eventId: [...p.eventIds, ...fuzzIds('fz-ev-', 12)],
    userId: [p.memberUserId, pools.other.memberUserId],
    id: [p.keyId, pools.other.keyId],
  };
  return byName[name] ?? ['x'];
}

/** Values for body properties by name, so generated moments and outcomes name things that exist. */
function hints(pools: TPools): Record<string, fc.Arbitrary<unknown>> {
  const p = pools.planted;
  const named = {
    journey: fc.constantFrom(p.journey, pools.other.journey),
    touchpoint: fc.constantFrom('hotline', 'visit', 'callback'),
    stage: fc.constantFrom('contact', 'fix'),
    customer: fc.constantFrom(p.customer, ...fuzzIds('fz-c-', 3)),
    episode: fc.constantFrom(p.episode, ...fuzzIds('fz-ep-', 3)),
    eventId: fc.constantFrom(...fuzzIds('fz-ev-', 12)),
    occurredAt: fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2027-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
    measures: fc.dictionary(
      fc.constantFrom('wait_seconds', 'arrival_hours', 'fixed', 'nope'),
      fc.oneof(fc.double({ min: -10, max: 1000, noNaN: true }), fc.boolean(), hostileNumber),
      { maxKeys: 3 },
    ),
  };
  // Whole items that pass validation, so batches get past it to storage as often as they are refused.
  const moment = fc.record(
    {
      ...named,
      journey: fc.constant(p.journey),
      rating: fc.integer({ min: 1, max: 5 }),
      comment: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), hostileString),
      attributes: fc.dictionary(
        fc.constantFrom('phone', 'tier', 'region'),
        fc.oneof(fc.string({ maxLength: 12 }), fc.integer()),
        { maxKeys: 2 },
      ),
    },
    { requiredKeys: ['eventId', 'journey', 'touchpoint', 'customer', 'episode', 'occurredAt'] },
  );
  const outcome = fc.record(
    {
      journey: fc.constant(p.journey),
      customer: named.customer,
      episode: named.episode,
      overall: fc.double({ min: 0, max: 10, noNaN: true }),
      nps: fc.integer({ min: 0, max: 10 }),
      churned: fc.boolean(),
    },
    { requiredKeys: ['journey', 'customer', 'episode'] },
  );
  return {
    ...named,
    moments: fc.array(fc.oneof({ weight: 4, arbitrary: moment }, { weight: 1, arbitrary: fc.anything() }), {
      maxLength: 5,
    }),
    outcomes: fc.array(outcome, { maxLength: 4 }),
  };
}

/** A body: mostly JSON generated from the schema, else other JSON, broken JSON, bytes that are not UTF-8, deep nesting. */
function bodyArbitrary(op: TOperation, pools: TPools): fc.Arbitrary<string | Uint8Array> {
  const valid = (op.body ? arbitraryOf(op.body, { hints: hints(pools) }) : fc.jsonValue({ maxDepth: 2 })).map(
    toJsonText,
  );
  const deep = fc
    .tuple(fc.constantFrom(1_000, 10_000, 100_000), fc.constantFrom('array', 'object', 'in moments'))
    .map(([n, shape]) => {
      if (shape === 'object') return `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
      const nested = `${'['.repeat(n)}${']'.repeat(n)}`;
      return shape === 'array' ? nested : `{"moments":[${nested}],"outcomes":[${nested}]}`;
    });
  return fc.oneof(
    { weight: 75, arbitrary: valid },
    { weight: 4, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.nat()).map(([t, i]) => t.slice(0, i % Math.max(t.length, 1))),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.nat(), fc.constantFrom(...BAD_BYTES)).map(([t, i, bad]) => {
        const bytes = new TextEncoder().encode(t);
        const at = i % (bytes.length + 1);
        return new Uint8Array([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]);
      }),
    },
    { weight: 3, arbitrary: deep },
    { weight: 2, arbitrary: fc.constant('') },
  );
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Percent-encodes text; a lone surrogate (which has no UTF-8) goes as the bytes of its 3-byte form. */
const encodeSegment = (s: string) =>
  s
    .split(LONE_SURROGATE)
    .map((part) => encodeURIComponent(part))
    .join('%ED%A0%80');

/** A path segment: the planted thing mostly, another known value often, else one from the schema, else a hostile one (some not encoded). */
function segmentArbitrary(pools: TPools, op: TOperation, name: string): fc.Arbitrary<string> {
  const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
  // String() throws on an object without a prototype (or an array holding one): such a value goes as JSON.
  const text = (v: unknown) => {
    if (v instanceof RawJson) return v.text;
    try {
      return String(v);
    } catch {
      return JSON.stringify(v) ?? '';
    }
  };
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(pathValues(pools, name, op.path)[0] ?? '').map(encodeSegment) },
    { weight: 4, arbitrary: fc.constantFrom(...pathValues(pools, name, op.path)).map(encodeSegment) },
    { weight: 4, arbitrary: arbitraryOf(schema).map((v) => encodeSegment(text(v))) },
    { weight: 2, arbitrary: hostileString.map((s) => encodeSegment(s.slice(0, 3000))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%',
        '%zz',
        '%ff',
        '%c0%af',
        '%ed%a0%80',
        '%00',
        '..',
        '.',
        '%2F',
        '%2e%2e',
        '',
      ),
    },
  );
}

function queryArbitrary(op: TOperation): fc.Arbitrary<string> {
  const text = (v: unknown) =>
    v instanceof RawJson ? v.text : typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  const declared = op.parameters
    .filter((p) => p.in === 'query')
    .map((p) =>
      fc.option(
        arbitraryOf(p.schema).map((v) => [p.name, text(v)] as const),
        { nil: undefined, freq: 2 },
      ),
    );
  const extra = fc.array(
    fc.tuple(
      fc.constantFrom(
        'segment.phone',
        'segment.tier',
        'segment.',
        'segment.__proto__',
        'limit',
        'before',
        '__proto__',
        'x',
      ),
      fc.oneof(hostileString, fc.string({ maxLength: 8 })),
    ),
    { maxLength: 2 },
  );
  return fc
    .tuple(
      fc.tuple(...declared),
      extra,
      fc.constantFrom('', '', '', '', '&bad=%E0%A4%A', '&=&&', '&limit=1&limit=2'),
    )
    .map(([pairs, more, raw]) => {
      const query = new URLSearchParams();
      for (const pair of [...pairs, ...more]) if (pair) query.append(pair[0], pair[1].slice(0, 3000));
      const text = `${query}${raw}`;
      return text.length > 0 ? `?${text}` : '';
    });
}

/**
 * Requests for one operation: path parameters, query, headers, caller, method (now and then another one)
 * and body, generated from the operation's schemas and the pools.
 */
export function requestArbitrary(op: TOperation, pools: TPools): fc.Arbitrary<TFuzzRequest> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const segments = fc.tuple(...names.map((n) => segmentArbitrary(pools, op, n)));
  const caller = fc.oneof(
    { weight: 50, arbitrary: fc.constant(pools.admin) },
    { weight: 30, arbitrary: fc.constantFrom(...pools.callers) },
    { weight: 12, arbitrary: fc.constant(pools.session) },
    {
      weight: 3,
      arbitrary: fc.constant({
        name: "another workspace's admin key",
        headers: { ...pools.callers[0]?.headers },
      }),
    },
    { weight: 2, arbitrary: fc.constant({ name: 'anonymous', headers: {} }) },
  );
  /** An optional header: present in about one request of ten. */
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
  const headers = fc.record({
    'content-type': fc.oneof(
      { weight: 17, arbitrary: fc.constant('application/json') },
      { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    ),
    'x-workspace': sometimes(
      fc.oneof(
        fc.constant(pools.planted.workspace.key),
        fc.constant(pools.other.workspace.key),
        hostileString.map(headerSafe),
      ),
    ),
    origin: sometimes(fc.constantFrom('http://localhost', 'https://evil.example', 'null')),
    'x-forwarded-for': sometimes(fc.constantFrom('10.0.0.1', '::1, 1.2.3.4', 'garbage')),
    accept: sometimes(fc.constantFrom('*/*', 'text/html', 'application/json;q=0')),
  });
  const method = fc.oneof(
    { weight: 19, arbitrary: fc.constant(op.method) },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') },
  );
  const body = op.body
    ? bodyArbitrary(op, pools)
    : fc.oneof(
        { weight: 9, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: bodyArbitrary(op, pools) },
      );
  return fc.record({ segments, query: queryArbitrary(op), caller, headers, method, body }).map((r) => {
    const values = Object.fromEntries(names.map((n, i) => [n, r.segments[i] ?? '']));
    const all: Record<string, string> = { ...r.caller.headers };
    for (const [name, value] of Object.entries(r.headers)) if (value !== undefined) all[name] = value;
    if (r.caller.name === "another workspace's admin key") all['x-workspace'] = pools.planted.workspace.key;
    if (all['content-type'] === '') delete all['content-type'];
    const hasBody = r.method !== 'GET' && r.method !== 'HEAD' && r.body !== undefined;
    return {
      caller: r.caller,
      method: r.method,
      url: fillPath(op.path, values, true) + r.query,
      headers: all,
      body: hasBody ? r.body : undefined,
      operation: `${op.method} ${op.path}`,
    };
  });
}
