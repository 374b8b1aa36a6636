'use client';
/**
 * Settlement work: long-stay unidentified persons eligible to be proposed, proposals awaiting the
 * regional center (approved on a police re-check, or declined), approvals to be settled at a
 * welfare institution, settlements in force (revoked when the identity is found) and revoked ones.
 */
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type IdentityFoundBy, type SettlementProposalsQuery, type SettlementRowFragment, type WelfareInstitutionLevel } from '@/gql/graphql';
import { decideSettlement, proposeSettlement, revokeSettlement, settlePerson } from '@/graph/settlement.action';
import { ChangeModal, type ChangeModalProps } from './change-modal';
import { DivisionCodeFiller } from './division-cascader';
import { useEnumLabel } from './enum-tag';
import { useRecordFormatters } from './record-formatters';

type Candidate = SettlementProposalsQuery['settlementCandidates'][number];
type Proposed = SettlementProposalsQuery['proposed']['edges'][number]['node'];
type Row = SettlementRowFragment;

/** What the page read: the eligible persons, and the first settlements of each status (50 proposals, 20 of the others) with how many there are. */
export interface SettlementLists {
  settlementCandidates: Candidate[];
  proposed: Proposed[];
  approved: Row[];
  settled: Row[];
  revoked: Row[];
  declined: Row[];
  totals: Record<'proposed' | 'approved' | 'settled' | 'revoked' | 'declined', number>;
}

const LEVELS: WelfareInstitutionLevel[] = ['CITY', 'COUNTY', 'CROSS_AREA'];
const FOUND_BY: IdentityFoundBy[] = ['TRACING_MATCH', 'POLICE_CHECK'];

/** A button opening a settlement change's modal form, in the settlement catalogue's words. */
function ActionButton<T extends object>({
  label,
  testId,
  danger,
  run,
  children,
  initialValues,
  confirm,
}: Pick<ChangeModalProps<T>, 'run' | 'children' | 'initialValues' | 'confirm'> & { label: string; testId: string; danger?: boolean }) {
  const t = useTranslations('settlement');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" danger={danger} onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </Button>
      <ChangeModal<T>
        open={open}
        title={label}
        onClose={() => setOpen(false)}
        run={run}
        testId={`${testId}-form`}
        submitTestId={`${testId}-submit`}
        submitText={t('submit')}
        cancelText={t('cancel')}
        initialValues={initialValues}
        confirm={confirm}
      >
        {children}
      </ChangeModal>
    </>
  );
}

/** A section of the board: its title with how many there are in all, and how many are shown when not all are. */
function Section({ title, testId, count, shown, children }: { title: string; testId: string; count: number; shown?: number; children: React.ReactNode }) {
  const common = useTranslations('common');
  return (
    <Card title={`${title} (${count})`} extra={shown !== undefined && shown < count ? common('shownCount', { count: shown }) : null} data-testid={testId} data-count={count} size="small">
      {children}
    </Card>
  );
}

/** A table row's attributes the tests find it by: what it is (`testId`), its person and its id. */
const rowAttrs = (testId: string) => (row: { id: string; person: { displayName: string } }) => ({ 'data-testid': testId, 'data-person': row.person.displayName, 'data-id': row.id }) as React.HTMLAttributes<HTMLElement>;

/**
 * The settlements of one status: the person, station and stay, then the status's own `columns`;
 * each row is named `rowTestId` for the tests, with its person and id.
 */
function StatusTable<T extends Row>({ rows, rowTestId, columns }: { rows: T[]; rowTestId: string; columns: TableColumnsType<T> }) {
  const t = useTranslations('settlement');
  const personColumns: TableColumnsType<T> = [
    { title: t('person'), render: (_, r) => <span translate="no">{r.person.displayName}</span> },
    { title: t('station'), render: (_, r) => r.rescueCase.station.name },
    { title: t('stayDays'), render: (_, r) => r.rescueCase.stayDays },
  ];
  return <Table<T> size="small" rowKey="id" pagination={false} dataSource={rows} onRow={rowAttrs(rowTestId)} locale={{ emptyText: t('empty') }} columns={[...personColumns, ...columns]} />;
}

export function SettlementsBoard({ data, isCenter }: { data: SettlementLists; isCenter: boolean }) {
  const t = useTranslations('settlement');
  const confirmT = useTranslations('operations.confirm');
  const enumLabel = useEnumLabel();
  const { dateTime } = useRecordFormatters();
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Section title={t('candidates')} testId="settlement-candidates" count={data.settlementCandidates.length}>
        <Table<Candidate>
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10 }}
          dataSource={data.settlementCandidates}
          onRow={rowAttrs('candidate-row')}
          locale={{ emptyText: t('empty') }}
          columns={[
            { title: t('person'), render: (_, c) => <span translate="no">{c.person.displayName}</span> },
            { title: t('station'), render: (_, c) => c.station.name },
            { title: t('stayDays'), render: (_, c) => c.stayDays },
            {
              title: '',
              render: (_, c) => (
                <ActionButton<{ note: string }> label={t('propose')} testId="propose" run={(v, idempotencyKey) => proposeSettlement({ rescueCaseId: c.id, note: v.note, idempotencyKey })}>
                  <Form.Item name="note" label={t('proposalNote')} rules={required}>
                    <Input.TextArea rows={3} data-testid="proposal-note" />
                  </Form.Item>
                </ActionButton>
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('proposed')} testId="settlements-proposed" count={data.totals.proposed} shown={data.proposed.length}>
        <StatusTable<Proposed> rows={data.proposed} rowTestId="proposed-row" columns={[
            { title: t('proposedAt'), render: (_, s) => dateTime(s.proposedAt) },
            { title: t('proposalNote'), render: (_, s) => <Typography.Text ellipsis style={{ maxWidth: 240 }}>{s.proposalNote}</Typography.Text> },
            {
              title: t('recheck'),
              render: (_, s) =>
                (s.person.identityChecks ?? [])
                  .filter((c) => c.reason === 'SETTLEMENT_RECHECK')
                  .map((c) => (
                    <Tag key={c.id} data-testid="recheck-status" data-value={c.status}>
                      {enumLabel({ kind: 'IdentityCheckStatus', value: c.status })}
                    </Tag>
                  )),
            },
            {
              title: '',
              render: (_, s) => {
                if (!isCenter) return <Typography.Text type="secondary">{t('centerOnly')}</Typography.Text>;
                const rechecks = (s.person.identityChecks ?? []).filter((c) => c.reason === 'SETTLEMENT_RECHECK');
                return (
                  <Space>
                    <ActionButton<{ identityCheckId: string; recheckClear: boolean; recheckNote?: string }>
                      label={t('approve')}
                      testId="approve"
                      confirm={() => ({ title: confirmT('settlementApprove.title'), consequence: confirmT('settlementApprove.consequence'), okText: confirmT('settlementApprove.ok') })}
                      initialValues={rechecks.length === 1 ? { identityCheckId: rechecks[0]!.id } : {}}
                      run={(v) =>
                        decideSettlement({ settlementId: s.id, expectedVersion: s.version, approve: true, identityCheckId: v.identityCheckId, recheckFoundNoRegistration: v.recheckClear === true, recheckNote: v.recheckNote })
                      }
                    >
                      {rechecks.length === 0 ? <Alert type="warning" title={t('noRecheck')} style={{ marginBottom: 16 }} /> : null}
                      <Form.Item name="identityCheckId" label={t('identityCheck')} rules={[{ required: true, message: t('required') }]}>
                        <Select options={rechecks.map((c) => ({ value: c.id, label: `${enumLabel({ kind: 'IdentityCheckStatus', value: c.status })} · ${c.concludedAt ? dateTime(c.concludedAt) : '—'}` }))} data-testid="approve-check" />
                      </Form.Item>
                      <Form.Item name="recheckClear" valuePropName="checked">
                        <Checkbox data-testid="approve-clear">{t('recheckClear')}</Checkbox>
                      </Form.Item>
                      <Form.Item name="recheckNote" label={t('recheckNote')}>
                        <Input data-testid="approve-note" />
                      </Form.Item>
                    </ActionButton>
                    <ActionButton<{ declineReason: string }>
                      label={t('decline')}
                      testId="decline"
                      danger
                      confirm={() => ({ title: confirmT('settlementDecline.title'), consequence: confirmT('settlementDecline.consequence'), okText: confirmT('settlementDecline.ok'), danger: true })}
                      run={(v) => decideSettlement({ settlementId: s.id, expectedVersion: s.version, approve: false, declineReason: v.declineReason })}
                    >
                      <Form.Item name="declineReason" label={t('declineReason')} rules={required}>
                        <Input data-testid="decline-reason" />
                      </Form.Item>
                    </ActionButton>
                  </Space>
                );
              },
            },
          ]}
        />
      </Section>

      <Section title={t('approved')} testId="settlements-approved" count={data.totals.approved} shown={data.approved.length}>
        <StatusTable<Row> rows={data.approved} rowTestId="approved-row" columns={[
            { title: t('recheck'), render: (_, s) => (s.identityRecheck ? <Tag data-testid="approved-recheck" data-value={s.identityRecheck.status}>{enumLabel({ kind: 'IdentityCheckStatus', value: s.identityRecheck.status })}</Tag> : '—') },
            {
              title: '',
              render: (_, s) => (
                <ActionButton<{ institutionLevel: WelfareInstitutionLevel; institutionName: string; householdRegistrationRef: string }>
                  label={t('settle')}
                  testId="settle"
                  confirm={(v) => ({ title: confirmT('settle.title'), consequence: confirmT('settle.consequence', { institution: v.institutionName }), okText: confirmT('settle.ok') })}
                  initialValues={{ institutionLevel: 'CITY' }}
                  run={(v) => settlePerson({ settlementId: s.id, expectedVersion: s.version, ...v })}
                >
                  <Form.Item name="institutionLevel" label={t('institutionLevel')} rules={[{ required: true }]}>
                    <Select options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
                  </Form.Item>
                  <Form.Item name="institutionName" label={t('institutionName')} rules={required}>
                    <Input data-testid="settle-institution" />
                  </Form.Item>
                  <Form.Item name="householdRegistrationRef" label={t('householdRegistrationRef')} rules={required}>
                    <Input data-testid="settle-registration" />
                  </Form.Item>
                </ActionButton>
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('settled')} testId="settlements-settled" count={data.totals.settled} shown={data.settled.length}>
        <StatusTable<Row> rows={data.settled} rowTestId="settled-row" columns={[
            { title: t('institutionName'), render: (_, s) => `${s.institutionName ?? ''} (${s.institutionLevel ? t(`levels.${s.institutionLevel}`) : ''})` },
            { title: t('householdRegistrationRef'), render: (_, s) => s.householdRegistrationRef },
            {
              title: '',
              render: (_, s) => (
                <ActionButton<{ reason: string; identityFoundBy: IdentityFoundBy; identityFoundReference: string; goingHomeArrangement: string; escortDestinationDivision?: string; escortDestination?: string }>
                  label={t('revoke')}
                  testId="revoke"
                  danger
                  confirm={() => ({ title: confirmT('settlementRevoke.title'), consequence: confirmT('settlementRevoke.consequence'), okText: confirmT('settlementRevoke.ok'), danger: true })}
                  initialValues={{ identityFoundBy: 'POLICE_CHECK' }}
                  run={(v) => revokeSettlement({ settlementId: s.id, expectedVersion: s.version, ...v })}
                >
                  <Form.Item name="reason" label={t('revokeReason')} rules={required}>
                    <Input data-testid="revoke-reason" />
                  </Form.Item>
                  <Form.Item name="identityFoundBy" label={t('identityFoundBy')} rules={[{ required: true }]}>
                    <Select options={FOUND_BY.map((f) => ({ value: f, label: t(`foundBy.${f}`) }))} />
                  </Form.Item>
                  <Form.Item name="identityFoundReference" label={t('identityFoundReference')} rules={required}>
                    <Input data-testid="revoke-reference" />
                  </Form.Item>
                  <Form.Item name="goingHomeArrangement" label={t('goingHomeArrangement')} rules={required}>
                    <Input.TextArea rows={2} data-testid="revoke-arrangement" />
                  </Form.Item>
                  <DivisionCodeFiller name="escortDestinationDivision" label={t('escortDivisionInCity')} extra={t('escortDivisionInCityHint')} data-testid="revoke-escort-division-picker" />
                  <Form.Item name="escortDestinationDivision" label={t('escortDivision')}>
                    <Input data-testid="revoke-escort-division" />
                  </Form.Item>
                  <Form.Item name="escortDestination" label={t('escortDestination')}>
                    <Input data-testid="revoke-escort-destination" />
                  </Form.Item>
                </ActionButton>
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('revoked')} testId="settlements-revoked" count={data.totals.revoked} shown={data.revoked.length}>
        <StatusTable<Row> rows={data.revoked} rowTestId="revoked-row" columns={[
            { title: t('identityFoundBy'), render: (_, s) => (s.identityFoundBy ? t(`foundBy.${s.identityFoundBy}`) : '') },
            { title: t('goingHomeArrangement'), render: (_, s) => s.goingHomeArrangement },
            { title: t('escort'), render: (_, s) => (s.escort ? <Tag data-testid="revoked-escort" data-value={s.escort.status}>{enumLabel({ kind: 'EscortStatus', value: s.escort.status })}</Tag> : '—') },
          ]}
        />
      </Section>

      <Section title={t('declined')} testId="settlements-declined" count={data.totals.declined} shown={data.declined.length}>
        <StatusTable<Row> rows={data.declined} rowTestId="declined-row" columns={[
            { title: t('decidedAt'), render: (_, s) => (s.decidedAt ? dateTime(s.decidedAt) : '—') },
            { title: t('declineReason'), render: (_, s) => <span data-testid="declined-reason">{s.declineReason}</span> },
          ]}
        />
      </Section>
    </Space>
  );
}
