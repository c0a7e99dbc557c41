import { writeFile } from 'node:fs/promises';
import { ZKanoQuestionnaireInput, createKanoQuestionnaire, type TKanoSurvey } from '@mot/core';
import { MappingError } from '../import/mapping.ts';
import { readJsonFile } from '../import/read-json-file.ts';
import type { TTextSink } from '../output/printer.ts';
import { describeMappingIssues } from './study-columns.ts';

/**
 * Reads a feature list (`{"features": [...], "title"?, "layout"?}`, or just the array) and writes its KANO
 * questionnaire as SurveyJS JSON to `out` (a file) or the sink; errors name the file and the field.
 */
export async function writeKanoQuestionnaire(
  featuresPath: string,
  options: { layout?: 'matrix' | 'radiogroup' | undefined; out?: string | undefined },
  sink: TTextSink,
): Promise<TKanoSurvey> {
  const document = await readJsonFile(featuresPath, '<features>', (m) => new MappingError(m));
  const input = Array.isArray(document) ? { features: document } : document;
  const parsed = ZKanoQuestionnaireInput.safeParse(input);
  if (!parsed.success) throw describeMappingIssues(parsed.error, featuresPath);
  const survey = createKanoQuestionnaire({ ...parsed.data, layout: options.layout ?? parsed.data.layout });
  const text = `${JSON.stringify(survey, null, 2)}\n`;
  if (options.out === undefined) sink.write(text);
  else await writeFile(options.out, text);
  return survey;
}
