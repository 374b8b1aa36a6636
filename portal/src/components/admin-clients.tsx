'use client';
/**
 * The administrator's list of integrating systems: each client's agency, scopes, document policy
 * and state, with its steps (change scopes and document policy; rotate the secret, disable or
 * enable after a confirmation), and the form that registers a new one. Scopes are offered only
 * from those the client's agency may be granted; a secret is shown once above the list.
 */
import { Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState, type HTMLAttributes } from 'react';
import { changeClientAccess, clientStep, registerClient } from '@/app/admin/admin.action';
import { type AdminClient } from '@/session/identity-admin.client';
import { KNOWN_AGENCIES } from '@/session/role-navigation';
import { AdminRefusalAlert, AdminSecretNotice, useAdminStep } from './admin-step';

/** What a client may send the gateway as operations, as the identity service names them. */
export const DOCUMENT_POLICIES = ['FREE_TEXT', 'AUTOMATIC_PERSISTED_QUERIES', 'TRUSTED_DOCUMENTS_ONLY'] as const;

const CLIENT_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}[a-z0-9]$/;
const JURISDICTION_PATTERN = /^\d{6}(\d{3}(\d{3})?)?$/;

type Step = 'rotateSecret' | 'disable' | 'enable';
const STEP_PATHS: Record<Step, 'rotate-secret' | 'disable' | 'enable'> = { rotateSecret: 'rotate-secret', disable: 'disable', enable: 'enable' };

interface NewClientForm {
  clientId: string;
  displayName: string;
  agency: string;
  orgUnit?: string;
  jurisdiction?: string;
  allowedScopes: string[];
  documentPolicy: string;
}

interface AccessForm {
  allowedScopes: string[];
  documentPolicy: string;
}

export function AdminClients({ clients, scopesByAgency }: { clients: AdminClient[]; scopesByAgency: Record<string, string[]> }) {
  const t = useTranslations('admin');
  const session = useTranslations('session');
  const { run, pending, refusal, clearRefusal, secret, showSecret, hideSecret } = useAdminStep();
  const [registering, setRegistering] = useState(false);
  const [editing, setEditing] = useState<AdminClient | null>(null);
  const [registerForm] = Form.useForm<NewClientForm>();
  const [accessForm] = Form.useForm<AccessForm>();
  const chosenAgency = Form.useWatch('agency', registerForm);

  const agencyOptions = KNOWN_AGENCIES.map((agency) => ({ value: agency, label: session(`agencies.${agency}`) }));
  const agencyLabel = (agency: string) => (KNOWN_AGENCIES.find((known) => known === agency) ? session(`agencies.${agency as (typeof KNOWN_AGENCIES)[number]}`) : agency);
  const policyOptions = DOCUMENT_POLICIES.map((policy) => ({ value: policy, label: t(`documentPolicies.${policy}`) }));
  const policyLabel = (policy: string) => (DOCUMENT_POLICIES.find((known) => known === policy) ? t(`documentPolicies.${policy as (typeof DOCUMENT_POLICIES)[number]}`) : policy);
  const scopeChoices = (scopes: readonly string[]) => scopes.map((scope) => ({ value: scope, label: <span translate="no">{scope}</span> }));

  const submitNew = (values: NewClientForm) =>
    run(
      () => registerClient({ ...values, orgUnit: values.orgUnit ?? '', jurisdiction: values.jurisdiction ?? '' }),
      t('clients.done.registered', { clientId: values.clientId }),
      (made) => {
        if (made) showSecret({ kind: 'client', owner: values.clientId, value: made });
        registerForm.resetFields();
        setRegistering(false);
      },
    );

  const submitAccess = (values: AccessForm) => {
    if (!editing) return;
    const { clientId } = editing;
    run(() => changeClientAccess(clientId, values), t('clients.done.accessChanged', { clientId }), () => setEditing(null));
  };

  const doStep = (client: AdminClient, step: Step) =>
    run(() => clientStep(client.clientId, STEP_PATHS[step]), t(`clients.done.${step}`, { clientId: client.clientId }), (made) => {
      if (made) showSecret({ kind: 'client', owner: client.clientId, value: made });
    });

  const confirmed = (client: AdminClient, step: Step, danger = false) => (
    <Popconfirm
      key={step}
      title={t(`clients.confirm.${step}.title`, { clientId: client.clientId })}
      description={<span style={{ display: 'inline-block', maxWidth: 280 }}>{t(`clients.confirm.${step}.description`)}</span>}
      okText={t(`clients.confirm.${step}.ok`)}
      cancelText={t('cancel')}
      okButtonProps={{ danger, 'data-testid': 'admin-confirm-ok' } as never}
      onConfirm={() => doStep(client, step)}
    >
      <Button size="small" danger={danger} disabled={pending} data-testid={`admin-client-${step}`}>
        {t(`clients.actions.${step}`)}
      </Button>
    </Popconfirm>
  );

  const columns = [
    {
      key: 'clientId',
      title: t('clients.columns.clientId'),
      render: (_: unknown, c: AdminClient) => (
        <Typography.Text strong translate="no">
          {c.clientId}
        </Typography.Text>
      ),
    },
    { key: 'displayName', title: t('clients.columns.displayName'), dataIndex: 'displayName' },
    { key: 'agency', title: t('clients.columns.agency'), render: (_: unknown, c: AdminClient) => agencyLabel(c.agency) },
    {
      key: 'scopes',
      title: t('clients.columns.scopes'),
      render: (_: unknown, c: AdminClient) => (
        <Space size={4} wrap style={{ maxWidth: 360 }}>
          {c.allowedScopes.map((scope) => (
            <Tag key={scope} translate="no" data-testid="admin-client-scope" data-value={scope}>
              {scope}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'documentPolicy', title: t('clients.columns.documentPolicy'), render: (_: unknown, c: AdminClient) => policyLabel(c.documentPolicy) },
    {
      key: 'status',
      title: t('clients.columns.status'),
      render: (_: unknown, c: AdminClient) => (c.disabled ? <Tag>{t('clients.status.disabled')}</Tag> : <Tag color="green">{t('clients.status.active')}</Tag>),
    },
    {
      key: 'actions',
      title: t('clients.columns.actions'),
      render: (_: unknown, c: AdminClient) => (
        <Space size={4} wrap>
          <Button
            size="small"
            disabled={pending}
            data-testid="admin-client-edit"
            onClick={() => {
              clearRefusal();
              setEditing(c);
            }}
          >
            {t('clients.actions.editAccess')}
          </Button>
          {confirmed(c, 'rotateSecret', true)}
          {c.disabled ? confirmed(c, 'enable') : confirmed(c, 'disable', true)}
        </Space>
      ),
    },
  ];

  return (
    <>
      <AdminRefusalAlert refusal={refusal} onClose={clearRefusal} />
      <AdminSecretNotice secret={secret} onDismiss={hideSecret} />
      <div style={{ marginBottom: 16 }}>
        {registering ? null : (
          <Button type="primary" onClick={() => setRegistering(true)} data-testid="admin-client-new">
            {t('clients.register.open')}
          </Button>
        )}
      </div>
      {registering ? (
        <Card title={t('clients.register.title')} style={{ marginBottom: 16 }} data-testid="admin-client-form">
          <Form<NewClientForm>
            form={registerForm}
            layout="vertical"
            onFinish={submitNew}
            onValuesChange={(changed: Partial<NewClientForm>) => {
              clearRefusal();
              // Scopes of one agency are not another's: a new agency starts the choice again.
              if (changed.agency) registerForm.setFieldValue('allowedScopes', []);
            }}
            initialValues={{ documentPolicy: 'FREE_TEXT', allowedScopes: [] }}
            style={{ maxWidth: 560 }}
          >
            <Form.Item name="clientId" label={t('clients.register.clientId')} extra={t('accounts.create.usernameHelp')} rules={[{ required: true, message: t('validation.required') }, { pattern: CLIENT_ID_PATTERN, message: t('validation.usernameFormat') }]}>
              <Input autoComplete="off" data-testid="admin-client-id" />
            </Form.Item>
            <Form.Item name="displayName" label={t('clients.register.displayName')} rules={[{ required: true, whitespace: true, max: 100, message: t('validation.required') }]}>
              <Input data-testid="admin-client-display-name" />
            </Form.Item>
            <Form.Item name="agency" label={t('clients.register.agency')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={agencyOptions} data-testid="admin-client-agency" />
            </Form.Item>
            <Form.Item name="allowedScopes" label={t('clients.register.scopes')} extra={t('clients.register.scopesHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('validation.scopesRequired') }]}>
              <Checkbox.Group options={scopeChoices(chosenAgency ? (scopesByAgency[chosenAgency] ?? []) : [])} data-testid="admin-client-scopes" />
            </Form.Item>
            <Form.Item name="documentPolicy" label={t('clients.register.documentPolicy')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={policyOptions} data-testid="admin-client-policy" />
            </Form.Item>
            <Form.Item name="orgUnit" label={t('clients.register.orgUnit')} rules={[{ max: 100 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="jurisdiction" label={t('clients.register.jurisdiction')} extra={t('accounts.create.jurisdictionHelp')} rules={[{ pattern: JURISDICTION_PATTERN, message: t('validation.jurisdictionFormat') }]}>
              <Input inputMode="numeric" />
            </Form.Item>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={pending} data-testid="admin-client-submit">
                {t('clients.register.submit')}
              </Button>
              <Button onClick={() => setRegistering(false)}>{t('cancel')}</Button>
            </Space>
          </Form>
        </Card>
      ) : null}
      <Table<AdminClient>
        data-testid="admin-clients"
        rowKey="clientId"
        size="small"
        columns={columns}
        dataSource={clients}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('clients.empty') }}
        onRow={(c) => ({ 'data-testid': 'admin-client-row', 'data-client-id': c.clientId, 'data-disabled': c.disabled }) as HTMLAttributes<HTMLElement>}
      />
      <Modal
        open={editing !== null}
        title={editing ? t('clients.access.title', { clientId: editing.clientId }) : null}
        okText={t('clients.access.submit')}
        cancelText={t('cancel')}
        confirmLoading={pending}
        okButtonProps={{ 'data-testid': 'admin-access-submit' } as never}
        onOk={() => accessForm.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form<AccessForm>
          key={editing?.clientId}
          form={accessForm}
          layout="vertical"
          onFinish={submitAccess}
          preserve={false}
          initialValues={editing ? { allowedScopes: editing.allowedScopes, documentPolicy: editing.documentPolicy } : {}}
        >
          <Form.Item name="allowedScopes" label={t('clients.register.scopes')} extra={t('clients.register.scopesHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('validation.scopesRequired') }]}>
            <Checkbox.Group options={scopeChoices(editing?.grantableScopes ?? [])} data-testid="admin-access-scopes" />
          </Form.Item>
          <Form.Item name="documentPolicy" label={t('clients.register.documentPolicy')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={policyOptions} data-testid="admin-access-policy" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
