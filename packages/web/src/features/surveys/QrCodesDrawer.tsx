import { Drawer, Empty, Flex, Skeleton, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { localName } from '../../lib/format.ts';
import { useLanguage } from '../../lib/i18n/index.ts';
import type { TLanguage } from '../../lib/i18n/index.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useSurvey } from './api.ts';
import type { TQrLink } from './qr-api.ts';
import { useCreateQrLink, useQrLinks, useSetQrLinkEnabled, useWorkspaceLanguage } from './qr-api.ts';
import { QrCodeCard } from './QrCodeCard.tsx';
import { QrCodeForm } from './QrCodeForm.tsx';
import { surveyTitleIn } from './survey-title.ts';

/** The survey the drawer is of, as the surveys list gives it. */
type TQrSurvey = { key: string; name: string; journey: string | null };

/**
 * The QR codes of a survey, for a store or a counter: each printed card shows the store and the survey's
 * title and opens a fresh single-use link per scan. Made and disabled by those who manage surveys.
 */
export function QrCodesDrawer({
  survey,
  mayManage,
  onClose,
}: {
  survey: TQrSurvey | null;
  mayManage: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={survey !== null}
      onClose={onClose}
      width={640}
      title={t('QR codes of {{survey}}', { survey: survey?.name ?? '' })}
    >
      {survey && <QrCodes survey={survey} mayManage={mayManage} />}
    </Drawer>
  );
}

/**
 * The drawer's body: the form, then a card per code. A card speaks the code's language, else the
 * workspace's (the survey page's language when the link names none), else the viewer's while that loads.
 */
function QrCodes({ survey, mayManage }: { survey: TQrSurvey; mayManage: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { language: viewer } = useLanguage();
  const links = useQrLinks(survey.key);
  const detail = useSurvey(survey.key, null);
  const workspaceLanguage = useWorkspaceLanguage();
  const journeys = useJourneyList();
  const create = useCreateQrLink(survey.key);
  const setEnabled = useSetQrLinkEnabled(survey.key);
  const journey = (journeys.data ?? []).find((j) => j.key === survey.journey);
  const touchpoints = journey?.touchpoints ?? [];
  const languageOf = (q: TQrLink): TLanguage => q.language ?? workspaceLanguage.data ?? viewer;
  const languageName = (language: TLanguage) => (language === 'zh-CN' ? t('Chinese') : t('English'));
  const aboutOf = (q: TQrLink) => {
    const touchpoint = touchpoints.find((tp) => tp.key === q.touchpoint);
    const where =
      q.touchpoint === null ? t('No touchpoint') : touchpoint ? localName(touchpoint) : q.touchpoint;
    const language = q.language === null ? t('The workspace’s language') : languageName(q.language);
    return `${where} · ${language}`;
  };
  return (
    <Flex vertical gap={token.marginLG}>
      {mayManage && (
        <QrCodeForm
          touchpoints={touchpoints}
          hasJourney={survey.journey !== null}
          pending={create.isPending}
          onCreate={(input, done) => create.mutate(input, { onSuccess: done })}
        />
      )}
      <QueryState query={links}>
        {(items) =>
          items.length === 0 ? (
            <Empty description={t('No QR codes yet')} />
          ) : detail.isPending || workspaceLanguage.isPending ? (
            // The cards wait for the title and the language they print.
            <Skeleton active />
          ) : (
            <Flex wrap gap={token.margin}>
              {items.map((q) => (
                <QrCodeCard
                  key={q.id}
                  qr={q}
                  title={surveyTitleIn(detail.data?.definition, languageOf(q), survey.name)}
                  language={languageOf(q)}
                  about={aboutOf(q)}
                  mayManage={mayManage}
                  onEnabled={(enabled) => setEnabled.mutate({ id: q.id, enabled })}
                />
              ))}
            </Flex>
          )
        }
      </QueryState>
    </Flex>
  );
}
