/** The initiative form's values and their conversion to and from the API's document. */
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { TInitiative, TInitiativeDoc, TMetric } from './api.ts';

/** A segment as rows of the form: an attribute and its accepted values. */
export type TSegmentRow = { attribute: string; values: string[] };

/** What the form edits. */
export type TInitiativeForm = {
  name: string;
  kind: TInitiativeDoc['kind'];
  description?: string;
  ownerKind: 'member' | 'name';
  ownerUserId?: string;
  ownerName?: string;
  journey: string;
  touchpoints: string[];
  segment: TSegmentRow[];
  startDate: Dayjs;
  endDate?: Dayjs | null;
  expectedMetric?: TMetric;
  expectedDirection: 'increase' | 'decrease';
  expectedSize?: number | null;
  comparisonKind: 'suggested' | 'touchpoints' | 'segment';
  /** `journey/touchpoint`. */
  comparisonTouchpoints: string[];
  comparisonSegment: TSegmentRow[];
};

const toRows = (segment: Record<string, string[]> | undefined): TSegmentRow[] =>
  Object.entries(segment ?? {}).map(([attribute, values]) => ({ attribute, values }));

const toSegment = (rows: TSegmentRow[] | undefined): Record<string, string[]> =>
  Object.fromEntries(
    (rows ?? [])
      .filter((r) => r.attribute?.trim() && r.values?.length > 0)
      .map((r) => [r.attribute.trim(), r.values]),
  );

/** The form's first values: the initiative's, or a new one's starting today. */
export function formValuesOf(initiative: TInitiative | null, journey: string | undefined): TInitiativeForm {
  if (!initiative) {
    return {
      name: '',
      kind: 'process_change',
      ownerKind: 'name',
      journey: journey ?? '',
      touchpoints: [],
      segment: [],
      startDate: dayjs().startOf('day'),
      endDate: null,
      expectedDirection: 'decrease',
      comparisonKind: 'suggested',
      comparisonTouchpoints: [],
      comparisonSegment: [],
    };
  }
  const { comparison } = initiative;
  return {
    name: initiative.name,
    kind: initiative.kind,
    description: initiative.description ?? undefined,
    ownerKind: initiative.ownerUserId ? 'member' : 'name',
    ownerUserId: initiative.ownerUserId ?? undefined,
    ownerName: initiative.ownerName ?? undefined,
    journey: initiative.journey,
    touchpoints: initiative.touchpoints,
    segment: toRows(initiative.segment),
    startDate: dayjs(initiative.startDate),
    endDate: initiative.endDate ? dayjs(initiative.endDate) : null,
    expectedMetric: initiative.expectedEffect?.metric,
    expectedDirection: initiative.expectedEffect?.direction ?? 'decrease',
    expectedSize: initiative.expectedEffect?.size ?? null,
    comparisonKind: comparison.kind,
    comparisonTouchpoints:
      comparison.kind === 'touchpoints'
        ? comparison.touchpoints.map((r) => `${r.journey}/${r.touchpoint}`)
        : [],
    comparisonSegment: comparison.kind === 'segment' ? toRows(comparison.segment) : [],
  };
}

/** The document the form's values make. */
export function docOf(values: TInitiativeForm): TInitiativeDoc {
  const comparison: TInitiativeDoc['comparison'] =
    values.comparisonKind === 'touchpoints'
      ? {
          kind: 'touchpoints',
          touchpoints: values.comparisonTouchpoints.map((ref) => {
            const [journey = '', touchpoint = ''] = ref.split('/');
            return { journey, touchpoint };
          }),
        }
      : values.comparisonKind === 'segment'
        ? { kind: 'segment', segment: toSegment(values.comparisonSegment) }
        : { kind: 'suggested' };
  return {
    name: values.name.trim(),
    kind: values.kind,
    description: values.description?.trim() || null,
    ownerUserId: values.ownerKind === 'member' ? (values.ownerUserId ?? null) : null,
    ownerName: values.ownerKind === 'name' ? values.ownerName?.trim() || null : null,
    journey: values.journey,
    touchpoints: values.touchpoints,
    segment: toSegment(values.segment),
    startDate: values.startDate.format('YYYY-MM-DD'),
    endDate: values.endDate ? values.endDate.format('YYYY-MM-DD') : null,
    expectedEffect: values.expectedMetric
      ? {
          metric: values.expectedMetric,
          direction: values.expectedDirection,
          size: values.expectedSize ?? null,
        }
      : null,
    comparison,
  };
}

/** Where a server error about a document field shows in the form. */
export function formFieldOf(path: (string | number)[]): (string | number)[] {
  const [head, ...rest] = path;
  if (head === 'ownerUserId') return ['ownerUserId'];
  if (head === 'comparison') return rest[0] === 'segment' ? ['comparisonSegment'] : ['comparisonTouchpoints'];
  if (head === 'touchpoints') return ['touchpoints'];
  if (head === 'segment') return ['segment'];
  if (head === 'expectedEffect') return ['expectedSize'];
  return head === undefined ? [] : [head];
}
