import { Card, Skeleton } from 'antd';

export default function PageLoading() {
  return (
    <Card data-testid="page-loading" aria-busy="true">
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  );
}
