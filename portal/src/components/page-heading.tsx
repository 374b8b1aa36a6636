'use client';
import { Typography } from 'antd';
import { type ReactNode } from 'react';

/** A page's title and one line saying what it is for. */
export function PageHeading({ title, description, extra }: { title: ReactNode; description?: string; extra?: ReactNode }) {
  return (
    // The title takes the line and the actions sit at its end; where both do not fit (a phone),
    // the actions wrap below the title instead of widening the page.
    <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: 16, marginBottom: 16 }}>
      <div style={{ flex: '1 1 280px', minWidth: 0 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }} data-testid="page-title">
          {title}
        </Typography.Title>
        {description ? <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{description}</Typography.Paragraph> : null}
      </div>
      {extra}
    </header>
  );
}
