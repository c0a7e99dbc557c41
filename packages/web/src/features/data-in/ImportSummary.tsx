import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row, Statistic, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import type { TImportResult } from './api.ts';

/** Offers the rejects as a file `<name>.rejects.csv`, as `mot import` writes it beside the input. */
function downloadRejects(rejects: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([rejects], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.rejects.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * What an import did: rows read, created, already there, rejected (with the rejects file), breaches, and the
 * cells read as not answered by the mapping's missing-value codes.
 */
export function ImportSummary({ result, fileName }: { result: TImportResult; fileName: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const figures: Array<[string, number]> = [
    [t('Rows read'), result.rowsRead],
    [t('Moments created'), result.created],
    [t('Already imported'), result.duplicates],
    [t('Rejected rows'), result.rejected],
    [t('Floor breaches'), result.breaches],
  ];
  const coded = Object.entries(result.missingByCode);
  return (
    <Flex vertical gap={token.margin}>
      {result.stoppedBy && (
        <Alert type="error" showIcon title={t('The import stopped early')} description={result.stoppedBy} />
      )}
      {!result.stoppedBy && (
        <Alert
          type={result.rejected > 0 ? 'warning' : 'success'}
          showIcon
          title={
            result.rejected > 0
              ? t('Imported, but some rows were rejected. Fix them in the rejects file and import it again.')
              : t('Every row was imported or was already there.')
          }
        />
      )}
      <Row gutter={16}>
        {figures.map(([title, value]) => (
          <Col key={title} xs={12} md={4}>
            <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v), 0)} />
          </Col>
        ))}
      </Row>
      {coded.length > 0 && (
        <Typography.Text type="secondary">
          {t('Cells read as not answered by their code: {{cells}}', {
            cells: coded.map(([column, cells]) => `${column} (${formatNumber(cells, 0)})`).join(', '),
          })}
        </Typography.Text>
      )}
      {result.rejects && (
        <div>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => result.rejects && downloadRejects(result.rejects, fileName)}
          >
            {t('Download the rejects file')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
