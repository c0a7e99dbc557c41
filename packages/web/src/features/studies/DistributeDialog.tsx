import { Alert, Button, Flex, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import type { TLinkReport, TStudy } from './api.ts';
import { useActivateStudy, useMintLinks } from './api.ts';

type TValues = { customers: string; language?: 'en' | 'zh-CN' };

/** The customer ids of the text box: one a line (or separated by commas), blanks and repeats dropped. */
function customersOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,，]/)
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    ),
  ];
}

/**
 * Distributes a study: a single-use link per customer (POST /api/surveys/{key}/links), shown to copy and
 * send through the company's own channels. Links are minted for an active survey only, so a draft study is
 * activated first.
 */
export function DistributeDialog({ study, onClose }: { study: TStudy | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const activate = useActivateStudy();
  const mint = useMintLinks();
  const [report, setReport] = useState<TLinkReport | null>(null);
  const active = study?.status === 'active' || activate.isSuccess;

  const close = () => {
    setReport(null);
    mint.reset();
    activate.reset();
    onClose();
  };

  const submit = (values: TValues) => {
    if (!study) return;
    const customers = customersOf(values.customers);
    if (customers.length === 0) {
      form.setFields([{ name: 'customers', errors: [t('Give at least one customer id')] }]);
      return;
    }
    mint.mutate(
      { key: study.key, customers, language: values.language },
      {
        onSuccess: setReport,
        onError: (error) => {
          if (error instanceof ApiError) form.setFields([{ name: 'customers', errors: [error.message] }]);
        },
      },
    );
  };

  return (
    <Modal
      open={study !== null}
      title={t('Distribute {{study}}', { study: study?.name ?? '' })}
      onCancel={close}
      width={820}
      destroyOnHidden
      footer={
        report ? (
          <Button onClick={close}>{t('Close')}</Button>
        ) : (
          <Flex justify="end" gap={8}>
            <Button onClick={close}>{t('Cancel')}</Button>
            <Button type="primary" disabled={!active} loading={mint.isPending} onClick={() => form.submit()}>
              {t('Create links')}
            </Button>
          </Flex>
        )
      }
    >
      {!active && study && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('The study is a draft: activate it to send links.')}
          description={
            activate.isError ? (
              <Typography.Text type="danger">
                {activate.error instanceof ApiError ? activate.error.message : t('This could not be saved.')}
              </Typography.Text>
            ) : undefined
          }
          action={
            <Button size="small" loading={activate.isPending} onClick={() => activate.mutate(study.key)}>
              {t('Activate')}
            </Button>
          }
        />
      )}
      {report ? (
        <Flex vertical gap={8}>
          <Typography.Text>
            {t('{{created}} links created, {{refused}} refused.', {
              created: report.created,
              refused: report.refused,
            })}
          </Typography.Text>
          <Table
            rowKey="index"
            size="small"
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={report.links}
            columns={[
              { title: t('Customer'), key: 'customer', width: 160, render: (_, l) => l.customer },
              {
                title: t('Link'),
                key: 'url',
                render: (_, l) =>
                  l.url ? (
                    <Typography.Text copyable={{ text: l.url, tooltips: [t('Copy'), t('Copied')] }} code>
                      {l.url}
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="danger">{l.message}</Typography.Text>
                  ),
              },
            ]}
          />
          <Typography.Paragraph
            copyable={{
              text: report.links.flatMap((l) => (l.url ? [`${l.customer}\t${l.url}`] : [])).join('\n'),
              tooltips: [t('Copy all'), t('Copied')],
            }}
          >
            {t('Copy every customer and link, one a line')}
          </Typography.Paragraph>
        </Flex>
      ) : (
        <Form<TValues> form={form} layout="vertical" onFinish={submit} disabled={!active}>
          <Form.Item
            name="customers"
            label={t('Customer ids')}
            extra={t('Customer ids as in your systems, one a line. Each gets a link that answers once.')}
            rules={[{ required: true, message: t('Give at least one customer id') }]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="language" label={t('Language of the survey page')}>
            <Select
              allowClear
              placeholder={t('The workspace language')}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
