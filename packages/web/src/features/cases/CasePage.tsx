import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Flex, Row, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { localName } from '../../lib/format.ts';
import { useCan } from '../../lib/session/session.ts';
import { useCase } from './api.ts';
import { CaseActivity } from './CaseActivity.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseTriggers } from './CaseTriggers.tsx';
import { usePlaceNames } from './names.ts';

/** What the app composes into the case page from other features (a feature never imports another). */
export type TCasePageSlots = {
  /** The callbacks (回访) of the case, with the callback form. */
  renderCallbacks?: (caseId: number) => ReactNode;
  /** The customer's timeline, shown beside the case. */
  renderTimeline?: (customer: string) => ReactNode;
};

/** One case, read and worked: the header with its SLA and actions, callbacks, triggers, activity and notes. */
function CaseView({ id, renderCallbacks, renderTimeline }: TCasePageSlots & { id: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const detail = useCase(id);
  const names = usePlaceNames();
  return (
    <Flex vertical gap={token.margin}>
      <Link to=".." relative="path">
        <ArrowLeftOutlined /> {t('Back to the inbox')}
      </Link>
      <QueryState query={detail} rows={10}>
        {(d) => {
          const rootCauseName = (key: string) => {
            const cause = d.rootCauses.find((r) => r.key === key);
            return cause ? localName({ names: cause.names }) : key;
          };
          return (
            <Row gutter={[token.margin, token.margin]}>
              <Col xs={24} xl={15}>
                <Flex vertical gap={token.margin}>
                  <CaseHeader
                    detail={d}
                    names={names}
                    rootCauseName={rootCauseName}
                    mayWork={can('cases:work')}
                  />
                  {renderCallbacks?.(d.case.id)}
                  <CaseTriggers detail={d} names={names} />
                  <CaseActivity detail={d} mayWork={can('cases:work')} />
                </Flex>
              </Col>
              <Col xs={24} xl={9}>
                {renderTimeline?.(d.customer.externalId)}
              </Col>
            </Row>
          );
        }}
      </QueryState>
    </Flex>
  );
}

/** The case page (`cases/:caseId`); an id that is not a number is a page that does not exist. */
export function CasePage(slots: TCasePageSlots) {
  const { caseId } = useParams();
  const id = Number(caseId);
  if (!Number.isSafeInteger(id) || id < 1) return <StatusPage status="not_found" />;
  return <CaseView key={id} id={id} {...slots} />;
}
