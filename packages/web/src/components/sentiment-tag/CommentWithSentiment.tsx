import { Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent, localName } from '../../lib/format.ts';
import type { TSentimentClass } from './SentimentTag.tsx';
import { SentimentTag } from './SentimentTag.tsx';

/** A comment's sentiment as a moment stores it. */
export type TCommentSentiment = {
  label: TSentimentClass;
  score: number;
  confidence: number;
  themes: ReadonlyArray<{ theme: string; names: Record<string, string | undefined> }>;
};

/**
 * A customer's comment, quoted, with what ingestion read in it: the sentiment's class and score, a tag per
 * theme, and how sure the reading is.
 */
export function CommentWithSentiment({
  comment,
  sentiment,
}: {
  comment: string;
  sentiment: TCommentSentiment | null;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex gap={token.marginXS} wrap align="center">
      <Typography.Text>“{comment}”</Typography.Text>
      {sentiment && (
        <>
          <SentimentTag sentiment={sentiment} />
          {sentiment.themes.map((th) => (
            <Tag key={th.theme}>{localName({ names: th.names, key: th.theme })}</Tag>
          ))}
          <Typography.Text type="secondary">
            {t('{{share}} confidence', { share: formatPercent(sentiment.confidence, 0) })}
          </Typography.Text>
        </>
      )}
    </Flex>
  );
}
