import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Table, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import type { TCalendarOut } from './api.ts';
import { useCalendars, useDeleteCalendar } from './api.ts';
import { CalendarDrawer } from './CalendarDrawer.tsx';
import { WEEK_ORDER } from './calendar-values.ts';
import { weekdayName } from './labels.ts';

/** The week of a calendar in one line: "Monday 09:00-12:00, 13:00-18:00 · ...". */
function weekText(c: TCalendarOut, t: (key: string) => string): string {
  return WEEK_ORDER.map((day) => {
    const ranges = c.calendar.hours.filter((h) => h.day === day).map((h) => `${h.start}-${h.end}`);
    return ranges.length > 0 ? `${weekdayName(day, t as never)} ${ranges.join(', ')}` : null;
  })
    .filter((x) => x !== null)
    .join(' · ');
}

/** Business calendars: opening hours per weekday, holidays and make-up working days. */
export function CalendarsPanel({ defaultTimeZone }: { defaultTimeZone: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const calendars = useCalendars();
  const remove = useDeleteCalendar();
  const [editing, setEditing] = useState<TCalendarOut | null | undefined>(undefined);
  return (
    <Flex vertical gap={token.margin}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <Typography.Text type="secondary">
          {t(
            'Working hours in the calendar’s time zone; holidays close a day, make-up days (调休) open one.',
          )}
        </Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('New calendar')}
        </Button>
      </Flex>
      {remove.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The calendar was not deleted.')}
          description={
            remove.error instanceof ApiError ? remove.error.message : t('The server cannot be reached')
          }
        />
      )}
      <QueryState query={calendars} rows={3}>
        {(data) => (
          <Table<TCalendarOut>
            rowKey="id"
            size="middle"
            dataSource={data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('Calendar'),
                key: 'name',
                render: (_, c) => (
                  <Flex gap={token.marginXS} align="center">
                    <Typography.Text strong>
                      {c.name === 'Working days' ? t('Working days') : c.name}
                    </Typography.Text>
                    {c.isDefault && <Tag>{t('Default')}</Tag>}
                  </Flex>
                ),
              },
              { title: t('Time zone'), key: 'zone', render: (_, c) => c.calendar.timeZone },
              { title: t('Weekly hours'), key: 'week', render: (_, c) => weekText(c, t) },
              { title: t('Holidays'), key: 'holidays', render: (_, c) => c.calendar.holidays.length },
              { title: t('Make-up days'), key: 'workdays', render: (_, c) => c.calendar.workdays.length },
              { title: t('Policies'), key: 'policies', render: (_, c) => c.policies },
              {
                title: t('Actions'),
                key: 'actions',
                render: (_, c) => (
                  <Flex gap={token.marginXXS}>
                    <Button
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('Edit')}
                      onClick={() => setEditing(c)}
                    />
                    {!c.isDefault && c.policies === 0 && (
                      <Popconfirm title={t('Delete this calendar?')} onConfirm={() => remove.mutate(c.id)}>
                        <Button type="text" icon={<DeleteOutlined />} aria-label={t('Delete')} />
                      </Popconfirm>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {editing !== undefined && (
        <CalendarDrawer
          open
          calendar={editing}
          defaultTimeZone={defaultTimeZone}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}
