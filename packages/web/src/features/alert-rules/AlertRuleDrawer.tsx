import { Alert, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TAlertRuleOut } from './api.ts';
import { newRuleKey, useSaveAlertRule } from './api.ts';
import { AlertRuleForm } from './AlertRuleForm.tsx';
import type { TRuleValues } from './form-values.ts';
import { bodyOf, NEW_RULE, valuesOf } from './form-values.ts';

/** Creates a rule (`rule` null) or edits one, in a drawer beside the list. */
export function AlertRuleDrawer({
  rule,
  open,
  journeys,
  onClose,
}: {
  rule: TAlertRuleOut | null;
  open: boolean;
  journeys: TJourneyDoc[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TRuleValues>();
  const save = useSaveAlertRule();
  const close = () => {
    save.reset();
    onClose();
  };
  return (
    <Drawer
      open={open}
      size={520}
      title={rule ? t('Edit alert rule') : t('New alert rule')}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{t('Cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('Save rule')}
          </Button>
        </Flex>
      }
    >
      <AlertRuleForm
        form={form}
        journeys={journeys}
        initialValues={rule ? valuesOf(rule) : NEW_RULE}
        onFinish={(values) =>
          save.mutate(
            { key: rule?.key ?? newRuleKey(values.name), body: bodyOf(values) },
            { onSuccess: close },
          )
        }
      />
      {save.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The rule was not saved.')}
          description={
            save.error instanceof ApiError ? save.error.message : t('The server cannot be reached')
          }
        />
      )}
    </Drawer>
  );
}
