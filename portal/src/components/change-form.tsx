'use client';
/**
 * The form of a change run with `useChange` (a rescue case's, a status check's step): the refusal
 * of its last submission above its fields, cleared when the input changes; the inputs disabled and
 * the submit button spinning while it runs. Laid out vertically unless said.
 */
import { Button, Form, type FormProps } from 'antd';
import { type ReactNode } from 'react';
import type { ChangeRefusal } from '@/graph/change-outcome';
import { ChangeRefusalAlert } from './change-refusal-alert';

export interface ChangeFormProps<Values> extends Omit<FormProps<Values>, 'disabled' | 'onValuesChange' | 'children'> {
  /** The change's state, from `useChange`. */
  change: { pending: boolean; refusal: ChangeRefusal | null; clear: () => void };
  /** The submit button: its text, its test id, and its look (the default button unless said). */
  submit: { text: string; testId: string; look?: 'primary' | 'danger' };
  children: ReactNode;
}

export function ChangeForm<Values>({ change, submit, children, layout = 'vertical', ...props }: ChangeFormProps<Values>) {
  return (
    <Form<Values> {...props} layout={layout} onValuesChange={change.clear} disabled={change.pending}>
      <ChangeRefusalAlert refusal={change.refusal} />
      {children}
      <Button type={submit.look === 'primary' ? 'primary' : undefined} danger={submit.look === 'danger'} htmlType="submit" loading={change.pending} data-testid={submit.testId}>
        {submit.text}
      </Button>
    </Form>
  );
}
