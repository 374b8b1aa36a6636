import { Card, Skeleton } from 'antd';

export default function PersonsLoading() {
  return (
    <Card data-testid="page-loading" aria-busy="true">
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  );
}
