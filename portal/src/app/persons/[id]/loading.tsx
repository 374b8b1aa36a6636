import { Card, Skeleton } from 'antd';

/** While the federated profile query runs: one placeholder per agency section. */
export default function PersonProfileLoading() {
  return (
    <div data-testid="profile-loading" aria-busy="true">
      <Skeleton active title paragraph={{ rows: 1 }} style={{ marginBottom: 16 }} />
      {[0, 1, 2, 3].map((index) => (
        <Card key={index} style={{ marginBottom: 16 }}>
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      ))}
    </div>
  );
}
