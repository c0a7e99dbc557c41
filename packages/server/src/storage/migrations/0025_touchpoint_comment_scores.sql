-- An answer keeps the scores of its touchpoint comments with those of its comments of no touchpoint
-- (`survey_answers.comment_scores`, survey-answers/into-mot.ts), so the verbatims read them rather than score
-- them again. Answers ingested before get them here from their moments, which scored them at ingestion:
-- the moment `survey:<answer>:<touchpoint>` of each question bound `touchpoint_comment`, when it holds the
-- question's text and a score.
UPDATE "survey_answers" a
   SET "comment_scores" = coalesce(a."comment_scores", '[]'::jsonb) || s."scores"
  FROM (
    SELECT a."id", jsonb_agg(jsonb_build_object(
             'question', q ->> 'name',
             'sentiment', jsonb_build_object(
               'score', m."sentiment", 'label', m."sentiment_label",
               'confidence', m."sentiment_confidence", 'themes', coalesce(m."themes", '[]'::jsonb)))) AS "scores"
      FROM "survey_answers" a
      JOIN "survey_versions" v ON v."survey_id" = a."survey_id" AND v."version" = a."version"
      CROSS JOIN LATERAL jsonb_array_elements(v."definition" -> 'pages') p
      CROSS JOIN LATERAL jsonb_array_elements(p -> 'elements') q
      JOIN "moments" m ON m."workspace_id" = a."workspace_id"
       AND m."event_id" = 'survey:' || a."id" || ':' || (q -> 'mot' ->> 'touchpoint')
     WHERE a."ingested_at" IS NOT NULL
       AND q -> 'mot' ->> 'role' = 'touchpoint_comment'
       AND m."comment" = a."answers" ->> (q ->> 'name')
       AND m."sentiment" IS NOT NULL AND m."sentiment_label" IS NOT NULL AND m."sentiment_confidence" IS NOT NULL
     GROUP BY a."id"
  ) s
 WHERE a."id" = s."id";
