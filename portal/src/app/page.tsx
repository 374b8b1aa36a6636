/**
 * `/`: the network at a glance — persons on record, unidentified, in care — and the network's load
 * by level; for roles that do no case work, a greeting with their pages instead.
 */
import { Card, Col, Row, Statistic } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { AidSpendChart } from '@/components/aid-spend-chart';
import { CareTrendChart } from '@/components/care-trend-chart';
import { ReferralTrendChart } from '@/components/referral-trend-chart';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { OpenCasesChart } from '@/components/open-cases-chart';
import { PageHeading } from '@/components/page-heading';
import { DashboardQuery } from '@/graph/agency-lists.query';
import { AidSpendTrendQuery } from '@/graph/aid-spend-trend.query';
import { CareTrendQuery } from '@/graph/care-trend.query';
import { ReferralTrendQuery } from '@/graph/referral-trend.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { readTodo } from '@/graph/todo.read';
import { TodoPanel } from '@/components/todo-panel';
import { RoleWelcome } from '@/components/role-welcome';
import { worksWith } from '@/session/role-navigation';
import { NETWORK_LEVELS } from '@/lib/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

/** Months the case trend covers, the current one included. */
const TREND_MONTHS = 12;
/** The roles that read civil affairs' monthly figures (the center, the stations, leadership). */
const FIGURE_ROLES: readonly string[] = ['CENTER_STAFF', 'STATION_STAFF', 'LEADERSHIP'];
/** The roles whose home shows the aid spent under entrustments: the office that entrusts it, the center that pays it. */
const SPEND_ROLES: readonly string[] = ['FAO_OFFICER', 'CENTER_STAFF'];
/** The roles whose home shows shelter referrals per month: the federation's and the shelter's staff. */
const REFERRAL_ROLES: readonly string[] = ['WF_SUPERVISOR', 'WF_CASEWORKER', 'SHELTER_STAFF'];

export default async function DashboardPage() {
  const user = await readSessionUser();
  if (user && !worksWith(user.roles, '/')) return <RoleWelcome user={user} />;
  const t = await getTranslations();
  // Each monthly chart is read only by the roles that read its figures.
  const holds = (roles: readonly string[]) => user?.roles.some((role) => roles.includes(role)) ?? false;
  const [result, todo, trend, spend, referrals] = await Promise.all([
    queryGraph(DashboardQuery, {}),
    user ? readTodo(user.roles) : Promise.resolve([]),
    holds(FIGURE_ROLES) ? queryGraph(CareTrendQuery, { months: TREND_MONTHS }) : Promise.resolve(null),
    holds(SPEND_ROLES) ? queryGraph(AidSpendTrendQuery, { months: TREND_MONTHS }) : Promise.resolve(null),
    holds(REFERRAL_ROLES) ? queryGraph(ReferralTrendQuery, { months: TREND_MONTHS }) : Promise.resolve(null),
  ]);
  const data = result.data;
  const figures = [
    { key: 'personsTotal', value: data?.everyone.totalCount, href: '/persons' },
    { key: 'unidentified', value: data?.unidentified.totalCount, href: '/persons?identityStatus=UNIDENTIFIED' },
    { key: 'inCare', value: data?.inCare.totalCount, href: '/persons?caseStatus=IN_CARE' },
    { key: 'openStations', value: data?.stations.filter((station) => station.isOpen).length, href: '/stations' },
  ] as const;
  const levels = NETWORK_LEVELS.map((level) => {
    const atLevel = data?.stations.filter((station) => station.level === level) ?? [];
    return {
      label: t(`enums.NetworkLevel.${level}`),
      openCases: atLevel.reduce((sum, station) => sum + station.openCaseCount, 0),
      stations: atLevel.filter((station) => station.isOpen).length,
    };
  });

  return (
    <>
      <PageHeading title={t('dashboard.title')} description={t('dashboard.description')} />
      {todo.length > 0 ? <TodoPanel items={todo} /> : null}
      <GraphErrorAlert errors={[...result.errors, ...(trend?.errors ?? []), ...(spend?.errors ?? []), ...(referrals?.errors ?? [])]} partial={Boolean(data)} />
      {data ? (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {figures.map((figure) => (
              <Col key={figure.key} xs={12} lg={6}>
                <Link href={figure.href}>
                  <Card hoverable data-testid={`figure-${figure.key}`}>
                    <Statistic title={t(`dashboard.${figure.key}`)} value={figure.value ?? 0} />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
          <Card title={t('dashboard.openCasesByLevel')}>
            <OpenCasesChart levels={levels} openCasesLabel={t('dashboard.openCases')} stationsLabel={t('dashboard.stations')} />
          </Card>
          {trend?.data ? (
            <Card title={t('dashboard.trend.title', { months: TREND_MONTHS })} style={{ marginTop: 16 }}>
              <CareTrendChart months={trend.data.careTrend} />
            </Card>
          ) : null}
          {spend?.data ? (
            <Card title={t('dashboard.spend.title', { months: TREND_MONTHS })} style={{ marginTop: 16 }}>
              <AidSpendChart months={spend.data.aidSpendTrend} />
            </Card>
          ) : null}
          {referrals?.data ? (
            <Card title={t('dashboard.referrals.title', { months: TREND_MONTHS })} style={{ marginTop: 16 }}>
              <ReferralTrendChart months={referrals.data.referralTrend} />
            </Card>
          ) : null}
        </>
      ) : null}
    </>
  );
}
