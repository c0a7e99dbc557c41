import { Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReviewsImportCard } from './ReviewsImportCard.tsx';

/** Data in › Online reviews: a review file into moments at a review touchpoint. */
export default function ReviewsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={token.marginLG}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
        {t('Online reviews')}
      </Typography.Title>
      <ReviewsImportCard />
    </Flex>
  );
}
