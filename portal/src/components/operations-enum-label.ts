'use client';
/**
 * Labels for the rescue-operations enums (street reports, screening, services, escorts, police
 * results), translated from `messages/*.json` (`enums.*`, the one catalogue of the API's enums).
 */
import { useTranslations } from 'next-intl';

type OperationsEnums = Messages['enums'];

/** An enum's name and one of its values, e.g. `{ kind: 'ReportSource', value: 'HOTLINE' }`. */
export type OperationsEnumValue = { [K in keyof OperationsEnums]: { kind: K; value: keyof OperationsEnums[K] & string } }[keyof OperationsEnums];

/** A function that translates a rescue-operations enum value into the current language. */
export function useOperationsEnumLabel(): (value: OperationsEnumValue) => string {
  const t = useTranslations('enums');
  return ({ kind, value }) => t(`${kind}.${value}` as Parameters<typeof t>[0]);
}
