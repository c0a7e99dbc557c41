import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  DownloadOutlined,
  PlusOutlined,
  SaveOutlined,
  ScissorOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dropdown,
  Empty,
  Flex,
  Modal,
  Segmented,
  Select,
  Skeleton,
  Space,
  theme,
  Typography,
} from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useLanguage } from '../../lib/i18n/index.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TSurveyDetail } from './api.ts';
import { useExportSurvey, useSurvey, useUpdateSurvey } from './api.ts';
import type { TAt, TDefinition, TQuestion } from './definition-model.ts';
import {
  addPage,
  addQuestion,
  bindingRole,
  changeType,
  moveQuestion,
  newQuestion,
  QUESTION_TYPES,
  questionAt,
  questionsBefore,
  removePage,
  removeQuestion,
  renameQuestion,
  replaceQuestion,
} from './definition-model.ts';
import { questionTitle, roleLabel, statusTone, statusLabel, typeLabel } from './labels.ts';
import { describeSurveyProblem } from './problem-message.ts';
import type { TDefinitionProblem } from './problems.ts';
import { checkDefinition, placeProblem, problemsAt } from './problems.ts';
import { QuestionEditor } from './QuestionEditor.tsx';

const SurveyPreview = lazy(() => import('./SurveyPreview.tsx'));

/** The pages and their questions: select, add, move, remove; page breaks added and removed. */
function Outline({
  def,
  selected,
  problems,
  readOnly,
  zh,
  onSelect,
  onChange,
}: {
  def: TDefinition;
  selected: TAt | null;
  problems: TDefinitionProblem[];
  readOnly: boolean;
  zh: boolean;
  onSelect: (at: TAt | null) => void;
  onChange: (def: TDefinition, select?: TAt | null) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={token.marginSM}>
      {def.pages.map((page, p) => (
        <div key={`${page.name}-${p}`}>
          <Flex justify="space-between" align="center" style={{ marginBottom: token.marginXXS }}>
            <Typography.Text strong>{t('Page {{n}}', { n: p + 1 })}</Typography.Text>
            {!readOnly && def.pages.length > 1 && (
              <Button
                size="small"
                type="text"
                icon={<ScissorOutlined />}
                aria-label={t('Remove the break before page {{n}}', { n: p + 1 })}
                title={t('Remove this page break (its questions join the page before)')}
                onClick={() => onChange(removePage(def, p), null)}
              />
            )}
          </Flex>
          <Flex vertical gap={2} role="list" aria-label={t('Questions of page {{n}}', { n: p + 1 })}>
            {page.elements.length === 0 && (
              <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM, padding: 4 }}>
                {t('No question on this page yet.')}
              </Typography.Text>
            )}
            {page.elements.map((q, i) => {
              const at = { page: p, index: i };
              const active = selected?.page === p && selected.index === i;
              const count = problemsAt(problems, at).length;
              const role = bindingRole(q);
              return (
                <Flex
                  key={`${q.name}-${i}`}
                  role="listitem"
                  align="center"
                  gap={4}
                  style={{
                    padding: '4px 6px',
                    borderRadius: token.borderRadius,
                    background: active ? token.controlItemBgActive : undefined,
                    border: `1px solid ${active ? token.colorPrimaryBorder : 'transparent'}`,
                  }}
                >
                  <Button
                    type="text"
                    size="small"
                    onClick={() => onSelect(at)}
                    aria-current={active ? 'true' : undefined}
                    style={{ flex: 1, minWidth: 0, height: 'auto', textAlign: 'start', padding: '2px 4px' }}
                  >
                    <Flex vertical style={{ minWidth: 0, width: '100%' }}>
                      <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                        {count > 0 && <Badge status="error" style={{ marginInlineEnd: 6 }} />}
                        {questionTitle(q, zh)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                        {(QUESTION_TYPES as readonly string[]).includes(q.type)
                          ? typeLabel(q.type as (typeof QUESTION_TYPES)[number], t)
                          : q.type}
                        {role ? ` · ${roleLabel(role, t)}` : ''}
                        {typeof q['visibleIf'] === 'string' ? ` · ${t('conditional')}` : ''}
                      </Typography.Text>
                    </Flex>
                  </Button>
                  {!readOnly && (
                    <>
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowUpOutlined />}
                        disabled={p === 0 && i === 0}
                        aria-label={t('Move {{question}} up', { question: q.name })}
                        onClick={() => {
                          const moved = moveQuestion(def, at, -1);
                          onChange(moved.def, moved.at);
                        }}
                      />
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowDownOutlined />}
                        disabled={p === def.pages.length - 1 && i === page.elements.length - 1}
                        aria-label={t('Move {{question}} down', { question: q.name })}
                        onClick={() => {
                          const moved = moveQuestion(def, at, 1);
                          onChange(moved.def, moved.at);
                        }}
                      />
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('Remove {{question}}', { question: q.name })}
                        onClick={() => onChange(removeQuestion(def, at), null)}
                      />
                    </>
                  )}
                </Flex>
              );
            })}
          </Flex>
          {!readOnly && (
            <Flex gap={token.marginXS} style={{ marginTop: token.marginXS }} wrap>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: QUESTION_TYPES.map((type) => ({ key: type, label: typeLabel(type, t) })),
                  onClick: ({ key }) => {
                    const added = addQuestion(
                      def,
                      p,
                      newQuestion(def, key as (typeof QUESTION_TYPES)[number]),
                    );
                    onChange(added.def, added.at);
                  },
                }}
              >
                <Button size="small" icon={<PlusOutlined />}>
                  {def.pages.length > 1
                    ? t('Add a question to page {{n}}', { n: p + 1 })
                    : t('Add a question')}
                </Button>
              </Dropdown>
              <Button size="small" onClick={() => onChange(addPage(def, p).def, selected)}>
                {t('Page break after this page')}
              </Button>
            </Flex>
          )}
        </div>
      ))}
    </Flex>
  );
}

/** The builder of one loaded survey (its draft lives here until saved). */
function Builder({
  survey,
  onVersion,
}: {
  survey: TSurveyDetail;
  onVersion: (version: number | null) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { language } = useLanguage();
  const can = useCan();
  const journeys = useJourneyList();
  const update = useUpdateSurvey();
  const exportSurvey = useExportSurvey();
  const saved = survey.definition as unknown as TDefinition;
  const [draft, setDraft] = useState<TDefinition>(saved);
  const [selected, setSelected] = useState<TAt | null>(
    saved.pages[0]?.elements[0] ? { page: 0, index: 0 } : null,
  );
  const [previewLocale, setPreviewLocale] = useState<'default' | 'zh-cn'>(
    language === 'zh-CN' ? 'zh-cn' : 'default',
  );
  const [serverProblems, setServerProblems] = useState<TDefinitionProblem[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  const [savedAs, setSavedAs] = useState<number | null>(null);
  const readOnly = !can('surveys:manage') || survey.shownVersion !== survey.version;
  const zh = language === 'zh-CN';
  const journey = (journeys.data ?? []).find((j) => j.key === survey.journey);
  const checked = useMemo(() => checkDefinition(draft), [draft]);
  const problems = [...checked, ...serverProblems];
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const question = selected ? questionAt(draft, selected) : undefined;
  // Leaving with unsaved changes asks first, inside the app and when the tab closes.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (def: TDefinition, select?: TAt | null) => {
    setDraft(def);
    setServerProblems([]);
    setSavedAs(null);
    if (select !== undefined) setSelected(select);
  };
  const save = () => {
    setShowProblems(true);
    const first = checked[0];
    if (first) {
      if (first.at) setSelected(first.at);
      return;
    }
    update.mutate(
      { key: survey.key, body: { definition: draft as never } },
      {
        onSuccess: (next) => {
          setShowProblems(false);
          setDraft(next.definition as unknown as TDefinition);
          setSavedAs(next.version);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const issues =
            error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
          const placed = issues.map((i) => placeProblem(i.path, i.message));
          setServerProblems(placed);
          const at = placed.find((p) => p.at)?.at;
          if (at) setSelected(at);
        },
      },
    );
  };
  const general = problems.filter((p) => p.at === null);
  const hereProblems = selected ? problemsAt(problems, selected) : [];

  return (
    <Flex vertical gap={token.margin}>
      <Flex justify="space-between" align="end" wrap gap={token.margin}>
        <div>
          <Link to=".." relative="path">
            <ArrowLeftOutlined /> {t('Surveys')}
          </Link>
          <Typography.Title
            level={1}
            style={{ margin: `${token.marginXXS}px 0 0`, fontSize: token.fontSizeHeading3 }}
          >
            {survey.name}
          </Typography.Title>
          <Space size={token.marginXS} wrap>
            <Typography.Text type="secondary">{survey.key}</Typography.Text>
            <ToneTag tone={statusTone[survey.status]}>{statusLabel(survey.status, t)}</ToneTag>
            {dirty && <ToneTag tone="mixed">{t('Unsaved changes')}</ToneTag>}
            {!dirty && savedAs !== null && (
              <span role="status">
                <ToneTag tone="good">{t('Saved as version {{n}}', { n: savedAs })}</ToneTag>
              </span>
            )}
          </Space>
        </div>
        <Flex gap={token.marginXS} align="center" wrap>
          <Typography.Text type="secondary">{t('Version')}</Typography.Text>
          <Select
            aria-label={t('Version')}
            style={{ minWidth: 220 }}
            value={survey.shownVersion}
            onChange={(v: number) => onVersion(v === survey.version ? null : v)}
            options={[...survey.versions]
              .sort((a, b) => b.version - a.version)
              .map((v) => ({
                value: v.version,
                label:
                  v.version === survey.version
                    ? t('Version {{n}} (current)', { n: v.version })
                    : t('Version {{n}} · {{date}}', { n: v.version, date: formatDateTime(v.createdAt) }),
              }))}
          />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => exportSurvey.mutate(survey.key)}
            loading={exportSurvey.isPending}
          >
            {t('Export')}
          </Button>
          {can('surveys:manage') && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={readOnly || !dirty}
              loading={update.isPending}
              onClick={save}
            >
              {t('Save')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Modal
        open={blocker.state === 'blocked'}
        title={t('Leave without saving?')}
        okText={t('Leave')}
        cancelText={t('Stay')}
        onOk={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        {t('The changes since the last save will be lost.')}
      </Modal>
      {survey.shownVersion !== survey.version && (
        <Alert
          type="info"
          showIcon
          message={t('Version {{n}} is shown read-only; answers given to it keep these questions.', {
            n: survey.shownVersion,
          })}
          action={
            <Button size="small" onClick={() => onVersion(null)}>
              {t('Back to the current version')}
            </Button>
          }
        />
      )}
      {showProblems && checked.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={t('Fix the questions with a red dot before saving ({{count}} to fix).', {
            count: checked.length,
          })}
        />
      )}
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={general
            .map((p) => `${p.path.join('.')}: ${describeSurveyProblem(p.message, t)}`)
            .join('; ')}
        />
      )}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(230px, 0.9fr) minmax(400px, 1.45fr) minmax(400px, 1.55fr)',
          gap: token.margin,
          alignItems: 'start',
        }}
      >
        <Card size="small" title={t('Pages and questions')}>
          <Outline
            def={draft}
            selected={selected}
            problems={problems}
            readOnly={readOnly}
            zh={zh}
            onSelect={setSelected}
            onChange={change}
          />
        </Card>
        <Card
          size="small"
          title={question ? t('Question: {{name}}', { name: question.name }) : t('Question')}
        >
          {question && selected ? (
            <QuestionEditor
              key={`${selected.page}-${selected.index}-${survey.shownVersion}`}
              question={question}
              earlier={questionsBefore(draft, selected)}
              journey={journey}
              problems={hereProblems}
              readOnly={readOnly}
              zh={zh}
              onChange={(q: TQuestion) => change(replaceQuestion(draft, selected, q))}
              onRename={(name) => change(renameQuestion(draft, selected, name))}
              onChangeType={(type) => change(changeType(draft, selected, type))}
            />
          ) : (
            <Empty description={t('Pick a question on the left, or add one.')} />
          )}
        </Card>
        <Card
          size="small"
          title={t('Preview')}
          extra={
            <Segmented
              size="small"
              aria-label={t('Language of the preview')}
              value={previewLocale}
              onChange={(v) => setPreviewLocale(v as 'default' | 'zh-cn')}
              options={[
                { value: 'zh-cn', label: t('Chinese') },
                { value: 'default', label: t('English') },
              ]}
            />
          }
          styles={{ body: { padding: 0, maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}
        >
          <div data-testid="survey-preview">
            <Suspense fallback={<Skeleton active style={{ padding: token.padding }} />}>
              <SurveyPreview
                definition={draft}
                locale={previewLocale}
                fallback={
                  <Alert
                    type="warning"
                    showIcon
                    style={{ margin: token.margin }}
                    message={t('The preview cannot show the survey as it is; fix the problems first.')}
                  />
                }
              />
            </Suspense>
          </div>
        </Card>
      </div>
    </Flex>
  );
}

/**
 * The survey builder: the pages and questions on the left, the selected question's properties in the
 * middle, and SurveyJS's own rendering on the right. Saving writes a new version; earlier versions are
 * shown read-only.
 */
export default function SurveyBuilderPage() {
  const { survey: key = '' } = useParams();
  const [version, setVersion] = useState<number | null>(null);
  const survey = useSurvey(key, version);
  return (
    <QueryState query={survey} rows={12}>
      {(data) => (
        <Builder
          // The current version keeps its draft across a save; an earlier one is a builder of its own.
          key={`${data.key}-${data.shownVersion === data.version ? 'current' : data.shownVersion}`}
          survey={data}
          onVersion={setVersion}
        />
      )}
    </QueryState>
  );
}
