import { Card, Statistic } from 'antd';
import type { ReactNode } from 'react';

/** A row of headline figures above a comparison (schools, completion, attention counts). */
export function SummaryStats({
  items,
}: {
  items: { key: string; title: ReactNode; value: ReactNode; danger?: boolean; testId?: string }[];
}) {
  return (
    <Card size="small" className="djt-gap">
      <div className="djt-stats">
        {items.map((i) => (
          <Statistic
            key={i.key}
            title={i.title}
            value={i.value as string | number}
            valueStyle={i.danger ? { color: '#cf1322' } : undefined}
            data-testid={i.testId}
          />
        ))}
      </div>
    </Card>
  );
}
