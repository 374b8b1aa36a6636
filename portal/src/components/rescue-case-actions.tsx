'use client';
/**
 * What staff can do with a case in its current state: screen a received person, and for a person
 * in care record services, extend the stay, ask for an escort home, or record the exit. Every
 * form answers with the API's typed refusal when nothing was stored.
 */
import { Card, Col, Row } from 'antd';
import { useTranslations } from 'next-intl';
import type { RescueCasePageQuery } from '@/gql/graphql';
import { CareServiceForm } from './care-service-form';
import { CaseExitForm } from './case-exit-form';
import { EscortRequestForm } from './escort-request-form';
import { ScreeningForm } from './screening-form';
import { StayExtensionForm } from './stay-extension-form';

type RescueCase = NonNullable<RescueCasePageQuery['rescueCase']>;

const OPEN = new Set(['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE']);

export function RescueCaseActions({ rescueCase }: { rescueCase: RescueCase }) {
  const t = useTranslations('rescueCase.actions');
  if (!OPEN.has(rescueCase.status)) return null;
  const inCare = rescueCase.status === 'IN_CARE';
  return (
    <Row gutter={16} data-testid="case-actions">
      {!inCare ? (
        <Col xs={24} lg={12}>
          <Card title={t('screening')} size="small" style={{ marginBottom: 16 }} data-testid="screening-card">
            <ScreeningForm rescueCase={rescueCase} />
          </Card>
        </Col>
      ) : (
        <>
          <Col xs={24} lg={12}>
            <Card title={t('service')} size="small" style={{ marginBottom: 16 }}>
              <CareServiceForm rescueCaseId={rescueCase.id} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('extension')} size="small" style={{ marginBottom: 16 }}>
              <StayExtensionForm rescueCaseId={rescueCase.id} version={rescueCase.version} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('escort')} size="small" style={{ marginBottom: 16 }}>
              <EscortRequestForm rescueCaseId={rescueCase.id} />
            </Card>
          </Col>
        </>
      )}
      <Col xs={24} lg={12}>
        <Card title={t('exit')} size="small" style={{ marginBottom: 16 }}>
          <CaseExitForm rescueCaseId={rescueCase.id} version={rescueCase.version} />
        </Card>
      </Col>
    </Row>
  );
}
