'use client';
/**
 * The forms with which the foreign-affairs office issues, amends, revokes and closes
 * entrustments and the center accepts them and records deliveries. Amounts are typed in CNY
 * with at most two decimals and sent as whole fen; every answer of the graph (a refused input,
 * a cap that would be exceeded, a version conflict) is shown as the graph words it.
 */
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, type FormProps } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type ReactNode } from 'react';
import type { AidBeneficiaryEntryStatus, AidItemKind, IssuingOffice, PersonChoiceFragment } from '@/gql/graphql';
import {
  acceptAidEntrustment,
  amendAidEntrustment,
  closeAidEntrustment,
  issueAidEntrustment,
  recordAidDelivery,
  revokeAidEntrustment,
  type AidChangeOutcome,
  type IssueValues,
} from '@/graph/aid-entrustment.action';
import type { ChangeRefusal } from '@/graph/change-outcome';
import { useRefusalText } from './change-refusal-alert';
import { useEnumLabel } from './enum-tag';
import { CityDatePicker } from './city-date-picker';
import { useRecordFormatters } from './record-formatters';
import { useSavedMessage } from './use-change';
import { NationalitySelect } from './nationality-select';
import { PersonPicker } from './person-picker';
import { StatusCheckPicker } from './status-check-picker';
import { refusesKey, useIdempotencyKey } from './use-idempotency-key';

const ITEM_KINDS: AidItemKind[] = ['FOOD', 'LODGING', 'COMMUNICATION', 'DOMESTIC_TICKET', 'INTERNATIONAL_TICKET'];
const OFFICES: IssuingOffice[] = ['FOREIGN_AFFAIRS_OFFICE', 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE'];
const ENTRY_STATUSES: AidBeneficiaryEntryStatus[] = ['LEGAL_STAY', 'OVERSTAY', 'PENDING_CONFIRMATION'];

/** CNY as typed (two decimals at most) to whole fen. */
const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);
/** A calendar day in the city (UTC+8) as the first or last instant of that day. */
const dayStart = (day: string) => `${day}T00:00:00+08:00`;
const dayEnd = (day: string) => `${day}T23:59:59+08:00`;
/** An instant as the calendar day in the city. */
const cityDay = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

interface ItemRow {
  kind: AidItemKind;
  capYuan: number;
}

/** Runs a change and keeps its outcome for the form to show (`clear` drops it when the input changes). */
function useChange() {
  const router = useRouter();
  const saved = useSavedMessage();
  const [outcome, setOutcome] = useState<AidChangeOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (change: () => Promise<AidChangeOutcome>, onSuccess?: (outcome: Extract<AidChangeOutcome, { ok: true }>) => void) => {
    setOutcome(null);
    startTransition(async () => {
      const answer = await change();
      setOutcome(answer);
      if (answer.ok) {
        saved();
        if (onSuccess) onSuccess(answer);
        else router.refresh();
      }
    });
  };
  return { outcome, pending, run, clear: () => setOutcome(null) };
}

/** An entrustment change's form: no required marks, laid out vertically unless said, disabled while the change runs; a change to the input clears the outcome shown. */
function EntrustmentForm<Values>({ change, ...props }: Omit<FormProps<Values>, 'disabled' | 'onValuesChange' | 'children'> & { change: { pending: boolean; clear: () => void }; children: ReactNode }) {
  return <Form<Values> layout="vertical" requiredMark={false} {...props} onValuesChange={change.clear} disabled={change.pending} />;
}

function OutcomeAlert({ outcome, testId }: { outcome: AidChangeOutcome | null; testId: string }) {
  const t = useTranslations('aidEntrustmentWork');
  const describe = useRefusalText();
  const format = useRecordFormatters();
  if (!outcome) return null;
  if (outcome.ok) return <Alert type="success" showIcon title={t('messages.saved')} data-testid={`${testId}-saved`} style={{ marginBottom: 12 }} />;
  // Worded from the catalogue by code and field; the graph's own (English) sentence is never shown.
  const code = outcome.code && t.has(`codes.${outcome.code}` as 'codes.AMOUNT') ? outcome.code : null;
  const refusal: ChangeRefusal =
    outcome.kind === 'AidInputRejected'
      ? { kind: 'InputRejected', field: outcome.field ?? '', code: outcome.code ?? '' }
      : outcome.kind === 'AidRecordNotFound'
        ? { kind: 'RecordNotFound' }
        : outcome.kind === 'FORBIDDEN' || outcome.kind === 'UNAUTHENTICATED'
          ? { kind: 'NotPermitted' }
          : { kind: 'Failed' };
  const title =
    outcome.kind === 'AidEntrustmentVersionConflict'
      ? t('messages.conflict', { version: outcome.currentVersion ?? 0 })
      : code
        ? t(`codes.${code}` as 'codes.AMOUNT', { remaining: format.money(outcome.remaining ?? { yuan: '0' }) })
        : describe(refusal);
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      data-testid={`${testId}-error`}
      data-kind={outcome.kind}
      data-code={outcome.code ?? ''}
      style={{ marginBottom: 12 }}
    />
  );
}

function ItemsField() {
  const t = useTranslations('aidEntrustmentWork');
  const label = useEnumLabel();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Form.Item label={t('fields.items')} required>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }} data-testid={`item-row-${index}`}>
              <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: t('messages.required') }]}>
                <Select
                  style={{ width: 200 }}
                  placeholder={t('fields.kind')}
                  data-testid={`item-kind-${index}`}
                  options={ITEM_KINDS.map((kind) => ({ value: kind, label: label({ kind: 'AidItemKind', value: kind }) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'capYuan']} rules={[{ required: true, message: t('messages.required') }]}>
                <InputNumber min={0.01} precision={2} step={100} placeholder={t('fields.capYuan')} style={{ width: 160 }} data-testid={`item-cap-${index}`} />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>{t('actions.removeItem')}</Button>
            </Space>
          ))}
          <Button onClick={() => add({ kind: ITEM_KINDS[fields.length] ?? 'FOOD' })} data-testid="item-add">
            {t('actions.addItem')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** What the office issues, as the form holds it: the caps in yuan as typed, the days as calendar days. */
type IssueFormValues = Omit<IssueValues, 'items' | 'totalCapFen' | 'idempotencyKey'> & { items: ItemRow[]; totalCapYuan: number };

/** The office issues an entrustment (for a person found by name, when they are on record); on success, its page opens. */
export function IssueAidEntrustmentForm({ person }: { person?: PersonChoiceFragment | null }) {
  const t = useTranslations('aidEntrustmentWork');
  const label = useEnumLabel();
  const router = useRouter();
  const change = useChange();
  const { outcome, pending, run } = change;
  // One key per opened form (a successful issue leaves it for the entrustment's page).
  const { idempotencyKey, renew } = useIdempotencyKey();
  const required = [{ required: true, whitespace: true, message: t('messages.required') }];
  const [form] = Form.useForm<IssueFormValues>();
  // The status checks offered are the chosen person's; the last day cannot precede the first.
  const personId = Form.useWatch('personId', form);
  const validFrom = Form.useWatch('validFrom', form);
  const submit = (values: IssueFormValues) =>
    run(
      async () => {
        const answer = await issueAidEntrustment({
          documentNumber: values.documentNumber,
          issuingOffice: values.issuingOffice,
          personId: values.personId || null,
          beneficiaryName: values.beneficiaryName,
          nationality: values.nationality,
          passportNumber: values.passportNumber,
          mrzLine1: values.mrzLine1 || null,
          mrzLine2: values.mrzLine2 || null,
          entryStatus: values.entryStatus,
          statusCheckId: values.statusCheckId || null,
          items: (values.items ?? []).map((item) => ({ kind: item.kind, capFen: toFen(item.capYuan) })),
          totalCapFen: toFen(values.totalCapYuan),
          validFrom: dayStart(values.validFrom),
          validUntil: dayEnd(values.validUntil),
          idempotencyKey,
        });
        if (refusesKey(answer)) renew();
        return answer;
      },
      (answer) => router.push(`/aid-entrustments/${answer.id}`),
    );
  return (
    <Card data-testid="issue-entrustment-card">
      <OutcomeAlert outcome={outcome} testId="issue-entrustment" />
      <EntrustmentForm<IssueFormValues>
        change={change}
        form={form}
        onFinish={submit}
        data-testid="issue-entrustment-form"
        initialValues={{ issuingOffice: 'FOREIGN_AFFAIRS_OFFICE', entryStatus: 'LEGAL_STAY', personId: person?.id, items: [{ kind: 'FOOD' }, { kind: 'LODGING' }] }}
      >
        <Form.Item name="documentNumber" label={t('fields.documentNumber')} rules={required}>
          <Input data-testid="issue-documentNumber" placeholder="外办委〔2026〕041号" />
        </Form.Item>
        <Form.Item name="issuingOffice" label={t('fields.issuingOffice')} rules={[{ required: true }]}>
          <Select data-testid="issue-issuingOffice" options={OFFICES.map((office) => ({ value: office, label: label({ kind: 'IssuingOffice', value: office }) }))} />
        </Form.Item>
        <Form.Item name="personId" label={t('fields.personPick')}>
          <PersonPicker initial={person ?? null} data-testid="issue-personId" />
        </Form.Item>
        <Form.Item name="beneficiaryName" label={t('fields.beneficiaryName')} rules={required}>
          <Input data-testid="issue-beneficiaryName" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="nationality" label={t.rich('fields.nationality', { code: (chunks) => <code translate="no">{chunks}</code> })} rules={required}>
            <NationalitySelect data-testid="issue-nationality" style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="passportNumber" label={t('fields.passportNumber')} rules={required}>
            <Input data-testid="issue-passportNumber" maxLength={9} />
          </Form.Item>
          <Form.Item name="entryStatus" label={t('fields.entryStatus')} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              data-testid="issue-entryStatus"
              options={ENTRY_STATUSES.map((value) => ({ value, label: t(`enums.AidBeneficiaryEntryStatus.${value}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="statusCheckId" label={t('fields.statusCheckId')} extra={t('fields.statusCheckHint')}>
          <StatusCheckPicker personId={personId} data-testid="issue-statusCheckId" />
        </Form.Item>
        <Form.Item name="mrzLine1" label={t('fields.mrzLine1')}>
          <Input data-testid="issue-mrzLine1" maxLength={44} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="mrzLine2" label={t('fields.mrzLine2')}>
          <Input data-testid="issue-mrzLine2" maxLength={44} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <ItemsField />
        <Space wrap>
          <Form.Item name="totalCapYuan" label={t('fields.totalCapYuan')} rules={[{ required: true, message: t('messages.required') }]}>
            <InputNumber min={0.01} precision={2} step={100} style={{ width: 180 }} data-testid="issue-totalCap" />
          </Form.Item>
          <Form.Item name="validFrom" label={t('fields.validFrom')} rules={required}>
            <CityDatePicker data-testid="issue-validFrom" />
          </Form.Item>
          <Form.Item name="validUntil" label={t('fields.validUntil')} rules={required}>
            <CityDatePicker min={validFrom} data-testid="issue-validUntil" />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="issue-submit">
          {t('actions.submitIssue')}
        </Button>
      </EntrustmentForm>
    </Card>
  );
}

interface AmendFormValues {
  items: ItemRow[];
  totalCapYuan: number;
  validFrom: string;
  validUntil: string;
  reason: string;
}

/** The office amends the terms: they become the next version. */
export function AmendAidEntrustmentForm({ entrustment }: { entrustment: { id: string; version: number; items: Array<{ kind: AidItemKind; cap: { yuan: string } }>; totalCap: { yuan: string }; validFrom: string; validUntil: string } }) {
  const t = useTranslations('aidEntrustmentWork');
  const change = useChange();
  const { outcome, pending, run } = change;
  const submit = (values: AmendFormValues) =>
    run(() =>
      amendAidEntrustment({
        entrustmentId: entrustment.id,
        expectedVersion: entrustment.version,
        items: (values.items ?? []).map((item) => ({ kind: item.kind, capFen: toFen(item.capYuan) })),
        totalCapFen: toFen(values.totalCapYuan),
        validFrom: dayStart(values.validFrom),
        validUntil: dayEnd(values.validUntil),
        reason: values.reason,
      }),
    );
  return (
    <Card size="small" title={t('actions.amend')} data-testid="amend-entrustment-card">
      <OutcomeAlert outcome={outcome} testId="amend-entrustment" />
      <Alert type="info" title={t('messages.amendHint', { next: entrustment.version + 1, current: entrustment.version })} style={{ marginBottom: 12 }} />
      <EntrustmentForm<AmendFormValues>
        change={change}
        onFinish={submit}
        data-testid="amend-entrustment-form"
        initialValues={{
          items: entrustment.items.map((item) => ({ kind: item.kind, capYuan: Number(item.cap.yuan) })),
          totalCapYuan: Number(entrustment.totalCap.yuan),
          validFrom: cityDay(entrustment.validFrom),
          validUntil: cityDay(entrustment.validUntil),
        }}
      >
        <ItemsField />
        <Space wrap>
          <Form.Item name="totalCapYuan" label={t('fields.totalCapYuan')} rules={[{ required: true, message: t('messages.required') }]}>
            <InputNumber min={0.01} precision={2} step={100} style={{ width: 180 }} data-testid="amend-totalCap" />
          </Form.Item>
          <Form.Item name="validFrom" label={t('fields.validFrom')} rules={[{ required: true }]}>
            <CityDatePicker data-testid="amend-validFrom" />
          </Form.Item>
          <Form.Item name="validUntil" label={t('fields.validUntil')} rules={[{ required: true }]}>
            <CityDatePicker data-testid="amend-validUntil" />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('fields.reason')} rules={[{ required: true, whitespace: true, message: t('messages.required') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="amend-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="amend-submit">
          {t('actions.submitAmend')}
        </Button>
      </EntrustmentForm>
    </Card>
  );
}

/** A change that needs a reason (revoke, close), as one small form. */
function ReasonAction({ testId, title, danger, change }: { testId: string; title: string; danger?: boolean; change: (reason: string) => Promise<AidChangeOutcome> }) {
  const t = useTranslations('aidEntrustmentWork');
  const state = useChange();
  const { outcome, pending, run } = state;
  return (
    <Card size="small" title={title} data-testid={`${testId}-card`}>
      <OutcomeAlert outcome={outcome} testId={testId} />
      <EntrustmentForm<{ reason: string }> change={state} layout="inline" onFinish={(values) => run(() => change(values.reason))} data-testid={`${testId}-form`}>
        <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: t('messages.required') }]} style={{ flex: 1 }}>
          <Input placeholder={t('fields.reason')} maxLength={500} data-testid={`${testId}-reason`} />
        </Form.Item>
        <Button htmlType="submit" danger={danger} loading={pending} data-testid={`${testId}-submit`}>
          {title}
        </Button>
      </EntrustmentForm>
    </Card>
  );
}

/** The office revokes, or closes as fulfilled. */
export function OfficeStatusActions({ id, canRevoke, canClose }: { id: string; canRevoke: boolean; canClose: boolean }) {
  const t = useTranslations('aidEntrustmentWork.actions');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canRevoke ? <ReasonAction testId="revoke-entrustment" title={t('revoke')} danger change={(reason) => revokeAidEntrustment(id, reason)} /> : null}
      {canClose ? <ReasonAction testId="close-entrustment" title={t('close')} change={(reason) => closeAidEntrustment(id, reason)} /> : null}
    </Space>
  );
}

/** The center accepts an issued entrustment. */
export function AcceptAidEntrustmentButton({ id }: { id: string }) {
  const t = useTranslations('aidEntrustmentWork.actions');
  const { outcome, pending, run } = useChange();
  return (
    <Card size="small" data-testid="accept-entrustment-card">
      <OutcomeAlert outcome={outcome} testId="accept-entrustment" />
      <Button type="primary" loading={pending} onClick={() => run(() => acceptAidEntrustment(id))} data-testid="accept-entrustment">
        {t('accept')}
      </Button>
    </Card>
  );
}

interface DeliveryFormValues {
  kind: AidItemKind;
  quantity: number;
  amountYuan: number;
  deliveredOn: string;
  receiptNumber: string;
}

/** The center records a delivery against an accepted entrustment. */
export function RecordAidDeliveryForm({ id, kinds }: { id: string; kinds: AidItemKind[] }) {
  const t = useTranslations('aidEntrustmentWork');
  const label = useEnumLabel();
  const [form] = Form.useForm<DeliveryFormValues>();
  const change = useChange();
  const { outcome, pending, run } = change;
  const { idempotencyKey, renew } = useIdempotencyKey();
  const today = cityDay(new Date().toISOString());
  const submit = (values: DeliveryFormValues) =>
    run(async () => {
      const answer = await recordAidDelivery({ entrustmentId: id, kind: values.kind, quantity: values.quantity, amountFen: toFen(values.amountYuan), deliveredOn: values.deliveredOn, receiptNumber: values.receiptNumber, idempotencyKey });
      if (answer.ok) form.resetFields(['receiptNumber', 'amountYuan']);
      if (answer.ok || refusesKey(answer)) renew();
      return answer;
    });
  return (
    <Card size="small" title={t('actions.record')} data-testid="record-delivery-card">
      <OutcomeAlert outcome={outcome} testId="record-delivery" />
      <EntrustmentForm<DeliveryFormValues> change={change} form={form} onFinish={submit} initialValues={{ kind: kinds[0], quantity: 1, deliveredOn: today }} data-testid="record-delivery-form">
        <Space wrap>
          <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
            <Select style={{ width: 200 }} data-testid="delivery-kind" options={kinds.map((kind) => ({ value: kind, label: label({ kind: 'AidItemKind', value: kind }) }))} />
          </Form.Item>
          <Form.Item name="quantity" label={t('fields.quantity')} rules={[{ required: true, message: t('messages.required') }]}>
            <InputNumber min={1} precision={0} data-testid="delivery-quantity" />
          </Form.Item>
          <Form.Item name="amountYuan" label={t('fields.amountYuan')} rules={[{ required: true, message: t('messages.required') }]}>
            <InputNumber min={0.01} precision={2} style={{ width: 160 }} data-testid="delivery-amount" />
          </Form.Item>
          <Form.Item name="deliveredOn" label={t('fields.deliveredOn')} rules={[{ required: true }]}>
            <CityDatePicker max="today" data-testid="delivery-date" />
          </Form.Item>
          <Form.Item name="receiptNumber" label={t('fields.receiptNumber')} rules={[{ required: true, whitespace: true, message: t('messages.required') }]}>
            <Input maxLength={64} data-testid="delivery-receipt" />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="delivery-submit">
          {t('actions.record')}
        </Button>
      </EntrustmentForm>
    </Card>
  );
}
