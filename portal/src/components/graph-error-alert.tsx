/**
 * What a page shows for errors no agency section owns: the gateway could not be reached, or the
 * query failed. With `partial`, the rest of the page's data did arrive and is shown, and values
 * refused to the caller inside it (`FORBIDDEN` below the root field) are not repeated here. When
 * nothing arrived because the graph refused the caller, the page shows "not permitted".
 */
import { Alert } from 'antd';
import { getTranslations } from 'next-intl/server';
import { SUBGRAPH_UNAVAILABLE, sectionOfError } from '@/graph/agency-section.attribution';
import { GATEWAY_UNAVAILABLE, isNotAuthorised, isWithheldValue, SESSION_REJECTED, type GraphError } from '@/graph/graph-client';
import { NotPermitted } from './not-permitted';

export async function GraphErrorAlert({ errors: all, partial = false }: { errors: readonly GraphError[]; partial?: boolean }) {
  // A value refused to this caller is shown as restricted where it belongs, not as a page error.
  const errors = partial ? all.filter((error) => !isWithheldValue(error)) : all;
  if (errors.length === 0) return null;
  if (errors.some((error) => error.extensions?.code === SESSION_REJECTED)) return <NotPermitted sessionExpired />;
  if (!partial && errors.every(isNotAuthorised)) return <NotPermitted />;
  const t = await getTranslations();
  // The one sentence that best says what went wrong, the most actionable first.
  const describe = (): string => {
    if (errors.some((error) => error.extensions?.code === GATEWAY_UNAVAILABLE)) return t('errors.gatewayUnavailable');
    // The caller's cost budget for this minute is spent (HTTP 429): nothing is wrong but the pace.
    if (errors.some((error) => error.extensions?.code === 'RATE_LIMITED')) return t('errors.rateLimited');
    const agency = errors.filter((error) => error.extensions?.code === SUBGRAPH_UNAVAILABLE).map(sectionOfError).find(Boolean);
    if (agency) return t('errors.agencyUnavailable', { agency: t(`agency.${agency}`) });
    if (errors.some(isNotAuthorised)) return t('errors.notAuthorised');
    return partial ? t('errors.partial') : t('errors.requestFailed');
  };
  return <Alert type={partial ? 'warning' : 'error'} showIcon title={describe()} style={{ marginBottom: 16 }} data-testid="graph-error" />;
}
