/**
 * The journey editor's form values and the document they make. The form's field names follow the document
 * (touchpoints.3.measures.0.standard.floor), so an error the server reports at a path lands on its field.
 */
import type { TJourneyDoc } from '../../lib/journeys.ts';

type TMeasureValues = Omit<TJourneyDoc['touchpoints'][number]['measures'][number], 'standard'> & {
  standard?: { target?: number | null; floor?: number | null };
};

/** What the form holds: the document, with standards that may be half filled in. */
export type TJourneyValues = Omit<TJourneyDoc, 'touchpoints'> & {
  touchpoints: (Omit<TJourneyDoc['touchpoints'][number], 'measures'> & { measures?: TMeasureValues[] })[];
};

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** Drops empty optional text, keeps a standard only when it has a number. */
export function toJourneyDoc(values: TJourneyValues, key: string): TJourneyDoc {
  const names = (n: Record<string, string | undefined> | undefined) => {
    const kept = Object.fromEntries(
      Object.entries(n ?? {}).filter(([, v]) => v !== undefined && v.trim() !== ''),
    );
    return Object.keys(kept).length > 0 ? { names: kept } : {};
  };
  return {
    key,
    name: values.name,
    ...names(values.names),
    ...(values.description?.trim() ? { description: values.description } : {}),
    stages: (values.stages ?? []).map((stage) => ({
      key: stage.key,
      name: stage.name,
      kind: stage.kind,
      ...names(stage.names),
    })),
    touchpoints: (values.touchpoints ?? []).map((tp) => ({
      key: tp.key,
      name: tp.name,
      ...names(tp.names),
      stage: tp.stage,
      channel: tp.channel,
      owner: tp.owner,
      ...(tp.ratingScale ? { ratingScale: tp.ratingScale } : {}),
      measures: (tp.measures ?? []).map(({ standard, ...measure }) => ({
        ...measure,
        ...(present(standard?.target) || present(standard?.floor)
          ? // A half-filled standard goes to the server as it is, which names the missing number.
            { standard: { target: standard?.target as number, floor: standard?.floor as number } }
          : {}),
      })),
    })),
  };
}
