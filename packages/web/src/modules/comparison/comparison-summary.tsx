import { Panel } from '../../ui/panel';
import { StatRow, type StatItem } from '../../ui/stats';

/** A row of headline figures above a comparison (schools, completion, attention counts). */
export function SummaryStats({ items }: { items: StatItem[] }) {
  return (
    <Panel className="djt-gap">
      <StatRow items={items} />
    </Panel>
  );
}
