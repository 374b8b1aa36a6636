'use client';
/**
 * One step of the dispatch loop for one report: when it happened (now unless the user gives the
 * time), the outcome when closing; a refusal (e.g. on scene before the report) is shown in the
 * dialog and nothing changes.
 */
import { Form, Modal, Radio } from 'antd';
import { useTranslations } from 'next-intl';
import { advanceStreetReport } from '@/graph/dispatch.action';
import type { StreetReportRowFragment, StreetReportStatus } from '@/gql/graphql';
import { cityWallClockToInstant } from '@/lib/city-time.calendar';
import { REPORT_CLOSURES } from '@/lib/rescue-operations.vocabulary';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { CityDateTimePicker } from './city-date-picker';
import { useOperationsEnumLabel } from './operations-enum-label';
import { useChange } from './use-change';

interface StepValues {
  at?: string;
  closure?: string;
}

export function DispatchStepDialog({ report, to, onClose }: { report: StreetReportRowFragment; to: StreetReportStatus; onClose: () => void }) {
  const t = useTranslations('dispatch');
  const label = useOperationsEnumLabel();
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<StepValues>();

  const submit = (values: StepValues) =>
    run(
      () =>
        advanceStreetReport({
          streetReportId: report.id,
          expectedVersion: report.version,
          to,
          // The city's wall clock as picked, whatever the browser's time zone.
          at: (values.at && cityWallClockToInstant(values.at)) || undefined,
          closure: values.closure,
        }),
      onClose,
    );

  return (
    <Modal
      open
      title={t('stepTitle', { step: t(`steps.${to}` as Parameters<typeof t>[0]), description: report.description })}
      okText={t('confirmStep')}
      okButtonProps={{ loading: pending, 'data-testid': 'confirm-step' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ChangeRefusalAlert refusal={refusal} />
      <Form<StepValues> onValuesChange={clear} form={form} name="dispatchStep" layout="vertical" onFinish={submit} data-testid="dispatch-step-form">
        <Form.Item name="at" label={t('stepAt')} extra={t('stepAtHint')}>
          <CityDateTimePicker max="today" data-testid="step-at" />
        </Form.Item>
        {to === 'CLOSED' ? (
          <Form.Item name="closure" label={t('closure')} rules={[{ required: true, message: t('closureRequired') }]}>
            <Radio.Group
              optionType="button"
              data-testid="step-closure"
              options={REPORT_CLOSURES.map((value) => ({ value, label: label({ kind: 'ReportClosure', value }) }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
