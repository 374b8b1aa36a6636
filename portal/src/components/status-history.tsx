'use client';
/** A record's history as the steps it went through, oldest first: the state it reached, who, when, and the note. */
import { Card, Timeline } from 'antd';
import { useRecordFormatters } from './record-formatters';

export interface StatusHistoryEvent {
  at: string;
  actor: string;
  note?: string | null;
}

export function StatusHistory<E extends StatusHistoryEvent>({ title, events, stateOf, testId }: { title: string; events: readonly E[]; stateOf: (event: E) => string; testId: string }) {
  const format = useRecordFormatters();
  return (
    <Card title={title} style={{ marginBottom: 16 }}>
      <Timeline
        items={events.map((event, i) => ({
          key: i,
          content: (
            <div data-testid={testId}>
              <strong>{stateOf(event)}</strong> · {event.actor} · {format.dateTime(event.at)}
              {event.note ? <div>{event.note}</div> : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
