/** A record's own fields at the head of its page: a bordered card, in two columns from medium screens up. */
import { Card, Descriptions, type DescriptionsProps } from 'antd';

export function RecordFieldsCard({ items, testId }: { items: DescriptionsProps['items']; testId: string }) {
  return (
    <Card style={{ marginBottom: 16 }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid={testId} items={items} />
    </Card>
  );
}
