'use client';
/**
 * One candidate match, side by side: for every field the matching engine weighed, what is known
 * of the person in care, what the missing-person report says, and how much that field counted
 * and why. The engine only proposes: a person confirms, and then the identity is resolved and the
 * station told.
 */
import { Button, Card, Popconfirm, Progress, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { type HTMLAttributes, type ReactNode } from 'react';
import { confirmTracingMatch } from '@/graph/tracing.action';
import type { TracingCandidatesQuery } from '@/gql/graphql';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { useConfirmStep } from './confirm-step';
import { useEnumLabel } from './enum-tag';
import { useRecordFormatters } from './record-formatters';
import { useChange } from './use-change';

type Person = NonNullable<TracingCandidatesQuery['person']>;
type Candidate = TracingCandidatesQuery['tracingCandidates'][number];

interface ComparisonRow {
  field: string;
  person: ReactNode;
  report: ReactNode;
  evidence: Candidate['evidence'][number] | undefined;
}

/** The fields the engine compares, in the order a person reads them. */
const FIELDS = ['name', 'sex', 'age', 'dialectRegion', 'place', 'date', 'features'] as const;

/** Below this total the engine's proposal is weak: confirming it asks a second time, naming what disagrees. */
export const WEAK_MATCH_SCORE = 0.7;
/** A field that scored below this disagrees between the person and the report. */
const DISAGREEING_FIELD_SCORE = 0.5;

export function CandidateComparison({ person, candidate, rank }: { person: Person; candidate: Candidate; rank: number }) {
  const t = useTranslations('tracing.comparison');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const { run, pending, refusal } = useChange();
  const confirmStep = useConfirmStep();
  const locale = useLocale();
  const { report } = candidate;
  const rescueCase = person.rescueCases.find((c) => c.status === 'IN_CARE') ?? person.rescueCases[0];
  const age = person.estimatedAgeMin != null || person.estimatedAgeMax != null ? `${person.estimatedAgeMin ?? '?'}–${person.estimatedAgeMax ?? '?'}` : format.none;

  const sides: Record<(typeof FIELDS)[number], [ReactNode, ReactNode]> = {
    name: [person.name ?? format.none, <span key="name" translate="no">{`${report.name}${report.namePinyin ? ` (${report.namePinyin})` : ''}`}</span>],
    sex: [label({ kind: 'Sex', value: person.sex }), label({ kind: 'Sex', value: report.sex })],
    age: [person.birthDate ? format.date(person.birthDate) : t('estimatedAge', { age }), report.ageWhenMissing != null ? t('ageWhenMissing', { age: report.ageWhenMissing }) : format.none],
    dialectRegion: [person.dialectRegion ?? format.none, report.dialectRegion ?? format.none],
    place: [rescueCase ? t('foundAt', { place: rescueCase.station.jurisdictionName, station: rescueCase.station.name }) : format.none, `${report.lastSeenPlace} (${report.lastSeenDivision})`],
    date: [rescueCase ? t('foundOn', { at: format.dateTime(rescueCase.intakeAt) }) : format.none, t('lastSeen', { at: format.dateTime(report.lastSeenAt) })],
    features: [person.features ?? format.none, report.features ?? format.none],
  };
  /** Why a field scored as it did, worded here from the score and both sides (never the engine's English note). */
  const explain = (field: string, score: number): string => {
    const percent = Math.round(score * 100);
    switch (field) {
      case 'sex':
        return t('evidence.sex', { same: String(score >= 1) });
      case 'age':
        return t('evidence.age', { within: String(score >= 1) });
      case 'place':
        return t('evidence.place', { where: score >= 1 ? 'district' : score >= 0.6 ? 'city' : 'elsewhere' });
      case 'date': {
        const foundAt = rescueCase ? Date.parse(rescueCase.intakeAt) : NaN;
        const months = Math.round((foundAt - Date.parse(report.lastSeenAt)) / (30.44 * 86_400_000));
        return Number.isFinite(months) && months >= 0 ? t('evidence.date', { months }) : t('evidence.dateScore', { percent });
      }
      case 'name':
      case 'dialectRegion':
      case 'features':
        return t(`evidence.${field}`, { percent });
      default:
        return format.none;
    }
  };
  const rows: ComparisonRow[] = FIELDS.map((field) => ({ field, person: sides[field][0], report: sides[field][1], evidence: candidate.evidence.find((e) => e.field === field) }));

  const columns: TableProps<ComparisonRow>['columns'] = [
    { key: 'field', title: t('field'), width: 120, render: (_, row) => <strong>{t(`fields.${row.field}` as Parameters<typeof t>[0])}</strong> },
    { key: 'person', title: t('personInCare'), width: '30%', render: (_, row) => <span data-testid="side-person">{row.person}</span> },
    { key: 'report', title: t('missingReport'), width: '30%', render: (_, row) => <span data-testid="side-report">{row.report}</span> },
    {
      key: 'score',
      title: t('score'),
      width: 160,
      render: (_, row) =>
        row.evidence ? (
          <div data-testid="evidence-score">
            <Progress percent={Math.round(row.evidence.score * 100)} size="small" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('weight', { weight: row.evidence.weight })}
            </Typography.Text>
          </div>
        ) : (
          <Typography.Text type="secondary">{t('notCompared')}</Typography.Text>
        ),
    },
    { key: 'detail', title: t('detail'), render: (_, row) => (row.evidence ? <span data-testid="evidence-detail">{explain(row.field, row.evidence.score)}</span> : format.none) },
  ];

  const confirmMatch = () => run(() => confirmTracingMatch({ personId: person.id, missingPersonReportId: report.id }));
  // A weak proposal is confirmed only deliberately: a second question names the total and the fields that disagree.
  const confirm = () => {
    if (candidate.score >= WEAK_MATCH_SCORE) return confirmMatch();
    const disagreeing = FIELDS.filter((field) => (candidate.evidence.find((e) => e.field === field)?.score ?? 1) < DISAGREEING_FIELD_SCORE).map((field) =>
      t(`fields.${field}` as Parameters<typeof t>[0]),
    );
    const score = Math.round(candidate.score * 100);
    const threshold = Math.round(WEAK_MATCH_SCORE * 100);
    confirmStep(
      {
        title: t('weak.title', { score }),
        consequence:
          disagreeing.length > 0
            ? t('weak.consequenceFields', { threshold, fields: new Intl.ListFormat(locale, { type: 'conjunction' }).format(disagreeing) })
            : t('weak.consequence', { threshold }),
        okText: t('weak.ok'),
        danger: true,
      },
      confirmMatch,
    );
  };

  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid="tracing-candidate"
      data-report-id={report.id}
      data-score={candidate.score}
      title={
        <Space>
          <span>{t('title', { rank, name: report.name })}</span>
          <Tag color="geekblue" data-testid="candidate-score">
            {t('total', { score: Math.round(candidate.score * 100) })}
          </Tag>
          {report.resolved ? <Tag>{t('resolved')}</Tag> : null}
        </Space>
      }
      extra={
        <Popconfirm title={t('confirmQuestion', { person: person.displayName, report: report.name })} okText={t('confirmYes')} cancelText={t('confirmNo')} okButtonProps={{ 'data-testid': 'confirm-match-yes' } as never} onConfirm={confirm}>
          <Button type="primary" loading={pending} disabled={report.resolved} data-testid="confirm-match">
            {t('confirm')}
          </Button>
        </Popconfirm>
      }
    >
      <ChangeRefusalAlert refusal={refusal} />
      <Typography.Paragraph type="secondary">{t('reportedBy', { by: report.reportedBy })}</Typography.Paragraph>
      <Table<ComparisonRow>
        rowKey="field"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        tableLayout="fixed"
        onRow={(row) => ({ 'data-testid': 'comparison-row', 'data-field': row.field }) as HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}
