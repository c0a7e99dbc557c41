import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** The file's first rows under its header, so the mapping can be checked against real values. */
export function FileSample({ header, rows }: { header: string[]; rows: string[][] }) {
  const { t } = useTranslation();
  return (
    <Table<{ key: number; values: string[] }>
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      caption={t('The first rows of the file')}
      dataSource={rows.map((values, key) => ({ key, values }))}
      columns={header.map((name, index) => ({
        title: name,
        key: String(index),
        render: (_, row) => row.values[index],
      }))}
    />
  );
}
