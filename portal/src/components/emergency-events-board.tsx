'use client';
/**
 * The emergency events of the caller's jurisdiction: each with its temporary points (open, close,
 * record help) and the people helped per point per day as a table and a bar chart. The forms call
 * server actions; the graph decides who may change what and answers refusals as typed results.
 */
import { Button, Card, Checkbox, Descriptions, Empty, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type EmergencyAidKind, type EmergencyEventsQuery, type EmergencyKind, type Sex } from '@/gql/graphql';
import { type ChangeAnswer } from '@/graph/change-answer';
import { closeEmergencyPoint, declareEmergencyEvent, endEmergencyEvent, openEmergencyPoint, recordEmergencyHelp } from '@/graph/emergency-aid.action';
import { ChangeModal, type ChangeModalProps } from './change-modal';
import { DistrictsCascader, DivisionCascader } from './division-cascader';
import { useEnumLabel } from './enum-tag';
import { HelpCountsChart } from './help-counts-chart';
import { PagingFooter, type PagingProps } from './paging-footer';
import { useRecordFormatters } from './record-formatters';

type Event = EmergencyEventsQuery['emergencyEventsConnection']['edges'][number]['node'];
type Point = Event['points'][number];
type Station = EmergencyEventsQuery['stations'][number];

const KINDS: EmergencyKind[] = ['COLD_WAVE', 'HEAT_WAVE', 'FLOOD', 'TYPHOON', 'EARTHQUAKE', 'INCIDENT'];
const AID: EmergencyAidKind[] = ['FOOD', 'LODGING', 'CLOTHING'];
const SEXES: Sex[] = ['MALE', 'FEMALE', 'UNKNOWN'];

/** A modal form of an emergency change, in the emergency catalogue's words; what was typed stays when it is cancelled. */
function ActionModal<T extends object>(props: Omit<ChangeModalProps<T>, 'submitTestId' | 'submitText' | 'cancelText' | 'form'>) {
  const t = useTranslations('emergencyAid');
  const [form] = Form.useForm<T>();
  return <ChangeModal<T> {...props} form={form} submitTestId={`${props.testId}-submit`} submitText={t('submit')} cancelText={t('cancel')} />;
}

/** The free note an emergency change may carry. */
function NoteItem() {
  const t = useTranslations('emergencyAid');
  return (
    <Form.Item name="note" label={t('note')}>
      <Input />
    </Form.Item>
  );
}

/** A change that ends something (a point closed, an event ended): a modal asking only for the reason, `label` over the input `inputTestId`. */
function ReasonModal({ label, inputTestId, run, ...props }: Pick<ChangeModalProps<{ reason: string }>, 'open' | 'title' | 'onClose' | 'testId'> & { label: string; inputTestId: string; run: (reason: string) => Promise<ChangeAnswer> }) {
  const t = useTranslations('emergencyAid');
  return (
    <ActionModal<{ reason: string }> {...props} run={(v) => run(v.reason)}>
      <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input data-testid={inputTestId} />
      </Form.Item>
    </ActionModal>
  );
}

function DeclareEventButton() {
  const t = useTranslations('emergencyAid');
  const [open, setOpen] = useState(false);
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="declare-event">
        {t('declare')}
      </Button>
      <ActionModal<{ kind: EmergencyKind; name: string; districts: string[]; description?: string }>
        open={open}
        title={t('declare')}
        onClose={() => setOpen(false)}
        testId="declare-event-form"
        initialValues={{ kind: 'COLD_WAVE' }}
        run={(v, idempotencyKey) => declareEmergencyEvent({ kind: v.kind, name: v.name, description: v.description, districts: v.districts, idempotencyKey })}
      >
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} data-testid="event-kind" />
        </Form.Item>
        <Form.Item name="name" label={t('name')} rules={required}>
          <Input data-testid="event-name" />
        </Form.Item>
        <Form.Item name="districts" label={t('districts')} rules={[{ required: true, type: 'array', min: 1, message: t('required') }]}>
          <DistrictsCascader data-testid="event-districts" />
        </Form.Item>
        <Form.Item name="description" label={t('eventDescription')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </ActionModal>
    </>
  );
}

function PointActions({ point, canChange }: { point: Point; canChange: boolean }) {
  const t = useTranslations('emergencyAid');
  const label = useEnumLabel();
  const [dialog, setDialog] = useState<'help' | 'close' | null>(null);
  if (!canChange || point.state !== 'OPEN') return null;
  return (
    <Space>
      <Button size="small" onClick={() => setDialog('help')} data-testid="record-help">
        {t('recordHelp')}
      </Button>
      <Button size="small" danger onClick={() => setDialog('close')} data-testid="close-point">
        {t('closePoint')}
      </Button>
      <ActionModal<{ kinds: EmergencyAidKind[]; sex: Sex; estimatedAge?: number; note?: string }>
        open={dialog === 'help'}
        title={`${t('recordHelp')}: ${point.station.name}`}
        onClose={() => setDialog(null)}
        testId="record-help-form"
        initialValues={{ kinds: ['FOOD'], sex: 'MALE' }}
        run={(v, idempotencyKey) => recordEmergencyHelp({ pointId: point.id, kinds: v.kinds, sex: v.sex, estimatedAge: v.estimatedAge ?? null, note: v.note, idempotencyKey })}
      >
        <Form.Item name="kinds" label={t('aidKinds')} rules={[{ required: true, message: t('required') }]}>
          <Checkbox.Group options={AID.map((k) => ({ value: k, label: t(`aid.${k}`) }))} data-testid="help-kinds" />
        </Form.Item>
        <Form.Item name="sex" label={t('sex')} rules={[{ required: true }]}>
          <Radio.Group options={SEXES.map((s) => ({ value: s, label: label({ kind: 'Sex', value: s }) }))} data-testid="help-sex" />
        </Form.Item>
        <Form.Item name="estimatedAge" label={t('estimatedAge')}>
          <InputNumber min={0} max={120} data-testid="help-age" />
        </Form.Item>
        <NoteItem />
      </ActionModal>
      <ReasonModal
        open={dialog === 'close'}
        title={`${t('closePoint')}: ${point.station.name}`}
        onClose={() => setDialog(null)}
        testId="close-point-form"
        label={t('closeReason')}
        inputTestId="close-reason"
        run={(reason) => closeEmergencyPoint({ pointId: point.id, expectedVersion: point.version, reason })}
      />
    </Space>
  );
}

function EventActions({ event, stations }: { event: Event; stations: Station[] }) {
  const t = useTranslations('emergencyAid');
  const [dialog, setDialog] = useState<'open' | 'end' | null>(null);
  const [fresh, setFresh] = useState(false);
  const free = stations.filter((s) => s.kind === 'TEMPORARY_POINT' && !s.isOpen && event.districts.some((d) => s.jurisdiction.startsWith(d)));
  const required = [{ required: true, whitespace: true, message: t('required') }];
  if (event.state !== 'ONGOING') return null;
  return (
    <Space>
      <Button onClick={() => setDialog('open')} data-testid="open-point">
        {t('openPoint')}
      </Button>
      <Button danger onClick={() => setDialog('end')} data-testid="end-event">
        {t('endEvent')}
      </Button>
      <ActionModal<{ stationId?: string; name?: string; address?: string; district?: string; note?: string }>
        open={dialog === 'open'}
        title={t('openPoint')}
        onClose={() => setDialog(null)}
        testId="open-point-form"
        run={(v, idempotencyKey) =>
          openEmergencyPoint(
            fresh
              ? { eventId: event.id, newPoint: { name: v.name ?? '', address: v.address ?? '', district: v.district ?? '' }, note: v.note, idempotencyKey }
              : { eventId: event.id, stationId: v.stationId, note: v.note, idempotencyKey },
          )
        }
      >
        <Radio.Group value={fresh} onChange={(e) => setFresh(e.target.value as boolean)} style={{ marginBottom: 16 }} data-testid="point-source">
          <Radio value={false}>{t('existingStation')}</Radio>
          <Radio value={true} data-testid="point-source-new">
            {t('newPoint')}
          </Radio>
        </Radio.Group>
        {fresh ? (
          <>
            <Form.Item name="name" label={t('pointName')} rules={required}>
              <Input data-testid="point-name" />
            </Form.Item>
            <Form.Item name="address" label={t('pointAddress')} rules={required}>
              <Input data-testid="point-address" />
            </Form.Item>
            <Form.Item name="district" label={t('pointDistrict')} rules={required}>
              <DivisionCascader depth="township" within={event.districts} data-testid="point-district" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="stationId" label={t('existingStation')} rules={[{ required: true, message: t('required') }]}>
            <Select options={free.map((s) => ({ value: s.id, label: s.name }))} data-testid="point-station" />
          </Form.Item>
        )}
        <NoteItem />
      </ActionModal>
      <ReasonModal
        open={dialog === 'end'}
        title={t('endEvent')}
        onClose={() => setDialog(null)}
        testId="end-event-form"
        label={t('endReason')}
        inputTestId="end-reason"
        run={(reason) => endEmergencyEvent({ eventId: event.id, expectedVersion: event.version, reason })}
      />
    </Space>
  );
}

/** The per-point per-day table and chart of one event. */
function DailyCounts({ event }: { event: Event }) {
  const t = useTranslations('emergencyAid');
  const { date } = useRecordFormatters();
  const days = [...new Set(event.dailyHelpCounts.map((c) => c.day))].sort();
  if (days.length === 0) return <Typography.Paragraph type="secondary">{t('noCounts')}</Typography.Paragraph>;
  const count = (pointId: string, day: string) => event.dailyHelpCounts.find((c) => c.point.id === pointId && c.day === day)?.peopleHelped ?? 0;
  const rows = days.map((day) => ({ key: day, day, ...Object.fromEntries(event.points.map((p) => [p.id, count(p.id, day)])) }));
  return (
    <>
      <Table
        size="small"
        pagination={false}
        data-testid="help-counts-table"
        dataSource={rows}
        onRow={(row) => ({ 'data-day': row.day }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('day'), dataIndex: 'day', render: (day: string) => date(day) },
          ...event.points.map((p) => ({
            title: p.station.name,
            dataIndex: p.id,
            render: (n: number) => (
              <span data-testid="help-count" data-point={p.id}>
                {n}
              </span>
            ),
          })),
        ]}
      />
      <HelpCountsChart days={days.map((d) => date(d))} points={event.points.map((p) => ({ name: p.station.name, counts: days.map((d) => count(p.id, d)) }))} />
    </>
  );
}

/** `paging`: this page's place in all the events (the count and the links to the first and the next page). */
export function EmergencyEventsBoard({ events, stations, canChange, paging }: { events: Event[]; stations: Station[]; canChange: boolean; paging: PagingProps }) {
  const t = useTranslations('emergencyAid');
  const { dateTime } = useRecordFormatters();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {canChange ? <DeclareEventButton /> : null}
      {events.length === 0 ? <Empty description={t('noEvents')} /> : null}
      {events.map((event) => (
        <Card
          key={event.id}
          data-testid="emergency-event"
          data-event-name={event.name}
          title={
            <Space>
              <Tag color={event.state === 'ONGOING' ? 'volcano' : 'default'} data-testid="event-state" data-value={event.state}>
                {t(`states.${event.state}`)}
              </Tag>
              <Tag>{t(`kinds.${event.kind}`)}</Tag>
              <span>{event.name}</span>
            </Space>
          }
          extra={canChange ? <EventActions event={event} stations={stations} /> : null}
        >
          <Descriptions size="small" column={4} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('started')}>{dateTime(event.startedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('ended')}>{event.endedAt ? dateTime(event.endedAt) : t('ongoing')}</Descriptions.Item>
            <Descriptions.Item label={t('districts')}>{event.districts.join(', ')}</Descriptions.Item>
            <Descriptions.Item label={t('peopleHelped')}>
              <span data-testid="event-people-helped">{event.peopleHelped}</span>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('points')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={event.points}
            onRow={(point) => ({ 'data-testid': 'point-row', 'data-point-name': point.station.name }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('station'), render: (_, p: Point) => p.station.name },
              { title: t('state'), render: (_, p: Point) => <Tag data-testid="point-state" data-value={p.state}>{t(`states.${p.state}`)}</Tag> },
              { title: t('openedAt'), render: (_, p: Point) => dateTime(p.openedAt) },
              { title: t('closedAt'), render: (_, p: Point) => (p.closedAt ? dateTime(p.closedAt) : '—') },
              { title: t('peopleHelped'), render: (_, p: Point) => <span data-testid="point-people-helped">{p.peopleHelped}</span> },
              { title: '', render: (_, p: Point) => <PointActions point={p} canChange={canChange} /> },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('dailyCounts')}
          </Typography.Title>
          <DailyCounts event={event} />
        </Card>
      ))}
      <PagingFooter {...paging} shown={events.length} countTestId="emergency-events-total" />
    </Space>
  );
}
