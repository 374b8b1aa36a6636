'use client';
/**
 * What can be done next with a referral, by who is looking: the shelter staff accept (seeing the
 * free places and family rooms), decline with a reason, admit, extend, discharge and close; the
 * referring caseworker withdraws her referral before the shelter answers. Each button runs a
 * server action and says, from the catalogue, why a change was refused.
 */
import { Alert, Button, Card, Input, InputNumber, Space, Statistic } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition, type ReactElement } from 'react';
import {
  acceptReferralAction,
  admitAction,
  closePlacementAction,
  declineReferralAction,
  dischargeAction,
  extendAction,
  withdrawReferralAction,
  type ActionOutcome,
} from '@/graph/shelter.action';
import { useRefusalText } from './change-refusal-alert';
import { useConfirmStep } from './confirm-step';
import { useSavedMessage } from './use-change';
import { useIdempotencyKey } from './use-idempotency-key';

export interface ReferralForActions {
  id: string;
  status: string;
  version: number;
  referringCaseworker: string;
  referringOrganisation: string;
  accompanyingChildren: number;
  victim: { name?: string | null; sex: string; age?: number | null; ageEstimated: boolean; phone?: string | null; idNumber?: string | null };
}

export interface PlacementForActions {
  id: string;
  status: string;
  version: number;
}

export interface ShelterRoom {
  id: string;
  name: string;
  freePlaces: number;
  freeFamilyRooms: number;
}

export function ShelterReferralActions({
  referral,
  placement,
  shelter,
  shelterStaff,
  own,
}: {
  referral: ReferralForActions;
  placement: PlacementForActions | null;
  shelter: ShelterRoom | null;
  shelterStaff: boolean;
  own: boolean;
}) {
  const t = useTranslations('shelterWork.actions');
  const describe = useRefusalText();
  const confirmT = useTranslations('operations.confirm');
  const confirm = useConfirmStep();
  const saved = useSavedMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { idempotencyKey } = useIdempotencyKey();
  // The text as last typed, read when a button is clicked (a click may come before the re-render).
  const typed = useRef('');
  const [days, setDays] = useState<number>(10);

  const run = (work: () => Promise<ActionOutcome>) => {
    setError(null);
    startTransition(async () => {
      const answer = await work();
      // State set after an await belongs in a transition of its own, so it lands with the buttons enabled again.
      startTransition(() => {
        if (answer.ok) {
          saved();
          setReason('');
          typed.current = '';
          router.refresh();
        } else setError(describe(answer.refusal));
      });
    });
  };

  // The party, the caseworker and the organisation are the referral's: civil affairs reads them from
  // what the women's federation sent it, so the answer names only the referral and the shelter
  // (and one key for this answer, so a retried accept or decline finds the first one's placement).
  const answer = shelter ? { referralId: referral.id, shelterId: shelter.id, idempotencyKey } : null;
  const victim = referral.victim;
  const sex = victim.sex === 'MALE' || victim.sex === 'FEMALE' ? victim.sex : 'UNKNOWN';
  const admitInput = placement
    ? {
        placementId: placement.id,
        expectedVersion: placement.version,
        person: {
          name: victim.name ?? null,
          sex: sex as 'MALE' | 'FEMALE' | 'UNKNOWN',
          idNumber: victim.idNumber ?? null,
          phone: victim.phone ?? null,
          estimatedAgeMin: !victim.idNumber && victim.age != null ? victim.age : null,
          estimatedAgeMax: !victim.idNumber && victim.age != null ? victim.age : null,
        },
      }
    : null;

  const reasonBox = <Input.TextArea rows={2} value={reason} onChange={(e) => {
        typed.current = e.target.value;
        setReason(e.target.value);
        setError(null);
      }} placeholder={t('reason')} data-testid="action-reason" style={{ maxWidth: 480 }} />;
  const pStatus = placement?.status;
  const buttons: ReactElement[] = [];
  if (shelterStaff && answer && !placement && referral.status === 'SUBMITTED') {
    buttons.push(
      <Button key="accept" type="primary" loading={pending} onClick={() => {
          const places = 1 + referral.accompanyingChildren;
          confirm({ title: confirmT('shelterAccept.title'), consequence: confirmT('shelterAccept.consequence', { places }), okText: confirmT('shelterAccept.ok') }, () => run(() => acceptReferralAction(answer)));
        }} data-testid="action-accept">
        {t('accept', { places: 1 + referral.accompanyingChildren })}
      </Button>,
      <Button key="decline" danger loading={pending} onClick={() => {
          // A refusal is answered with its reason: none typed, nothing is asked or sent.
          if (!typed.current.trim()) return setError(confirmT('shelterDecline.reasonRequired'));
          confirm({ title: confirmT('shelterDecline.title'), consequence: confirmT('shelterDecline.consequence'), okText: confirmT('shelterDecline.ok'), danger: true }, () => run(() => declineReferralAction(answer, typed.current)));
        }} data-testid="action-decline">
        {t('decline')}
      </Button>,
    );
  }
  if (shelterStaff && placement && admitInput && pStatus === 'ACCEPTED') {
    buttons.push(
      <Button key="admit" type="primary" loading={pending} onClick={() => run(() => admitAction(referral.id, admitInput))} data-testid="action-admit">
        {t('admit')}
      </Button>,
    );
  }
  if (shelterStaff && placement && (pStatus === 'ADMITTED' || pStatus === 'EXTENDED')) {
    buttons.push(
      <Space key="extend">
        <InputNumber min={1} max={90} value={days} onChange={(v) => setDays(Number(v ?? 10))} addonAfter={t('days')} data-testid="action-extend-days" />
        <Button loading={pending} onClick={() => run(() => extendAction(referral.id, placement.id, placement.version, days, typed.current))} data-testid="action-extend">
          {t('extend')}
        </Button>
      </Space>,
      <Button key="discharge" loading={pending} onClick={() =>
          confirm({ title: confirmT('shelterDischarge.title'), consequence: confirmT('shelterDischarge.consequence'), okText: confirmT('shelterDischarge.ok'), danger: true }, () =>
            run(() => dischargeAction(referral.id, placement.id, placement.version, typed.current)),
          )
        } data-testid="action-discharge">
        {t('discharge')}
      </Button>,
    );
  }
  if (shelterStaff && placement && ['ACCEPTED', 'DECLINED', 'DISCHARGED', 'REFERRED_OUT'].includes(pStatus ?? '')) {
    buttons.push(
      <Button key="close" loading={pending} onClick={() =>
          confirm({ title: confirmT('shelterClose.title'), consequence: confirmT('shelterClose.consequence'), okText: confirmT('shelterClose.ok'), danger: true }, () =>
            run(() => closePlacementAction(referral.id, placement.id, placement.version)),
          )
        } data-testid="action-close">
        {t('close')}
      </Button>,
    );
  }
  if (own && referral.status === 'SUBMITTED') {
    buttons.push(
      <Button key="withdraw" danger loading={pending} onClick={() => run(() => withdrawReferralAction(referral.id, referral.version, typed.current))} data-testid="action-withdraw">
        {t('withdraw')}
      </Button>,
    );
  }
  if (buttons.length === 0 && !shelterStaff) return null;

  return (
    <Card title={t('title')} data-testid="referral-actions" style={{ marginBottom: 16 }}>
      {shelterStaff && shelter ? (
        <Space size="large" style={{ marginBottom: 16 }}>
          <Statistic title={t('freePlaces')} value={shelter.freePlaces} data-testid="shelter-free-places" />
          <Statistic title={t('freeFamilyRooms')} value={shelter.freeFamilyRooms} data-testid="shelter-free-family-rooms" />
        </Space>
      ) : null}
      {error ? <Alert type="error" showIcon message={error} data-testid="action-error" style={{ marginBottom: 12 }} /> : null}
      {buttons.length > 0 ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {reasonBox}
          <Space wrap>{buttons}</Space>
        </Space>
      ) : (
        <span data-testid="referral-actions-none">{t('nothingToDo')}</span>
      )}
    </Card>
  );
}
