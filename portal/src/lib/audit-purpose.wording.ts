/**
 * The purposes the agencies' own code writes into the audit trail are English sentences with ids
 * and staff's reasons in them ("stay ended: …", "merged into …: …"). The trail keeps them as
 * written (it is tamper-evident); the portal reads each back into a catalogue key and its values,
 * so the trail reads in the user's language. A purpose no pattern knows is shown as recorded.
 */

/** The catalogue keys (under `auditTrail.purposeTexts`) of the purposes written with values. */
export type PurposeTextKey =
  | 'stayEnded'
  | 'identityCheckMatched'
  | 'referralFileStep'
  | 'mergedInto'
  | 'tookRecordsOf'
  | 'personMergedInto'
  | 'removedInError'
  | 'statusCheckFound';

/** A recorded purpose read back: its key and values (`step` and `status` are enum values to word). */
export interface PurposeText {
  key: PurposeTextKey;
  values: Record<string, string>;
}

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/** Each pattern as the writing code forms it, with the names of its values in order. */
const PATTERNS: ReadonlyArray<{ key: PurposeTextKey; pattern: RegExp; names: readonly string[] }> = [
  // civil affairs, shelter placement: the victim's file handed back when her stay ended
  { key: 'stayEnded', pattern: /^stay ended: (.+)$/s, names: ['grantee'] },
  // civil affairs, identity verification: a police match filled the person's identity
  { key: 'identityCheckMatched', pattern: new RegExp(`^identity check ${UUID} matched$`), names: ['check'] },
  // civil affairs, referral projection: the women's federation withdrew or closed the file
  { key: 'referralFileStep', pattern: new RegExp(`^referral ${UUID} (withdrawn|closed)$`), names: ['referral', 'step'] },
  // civil affairs, person records
  { key: 'mergedInto', pattern: new RegExp(`^merged into ${UUID}: (.*)$`, 's'), names: ['into', 'reason'] },
  { key: 'tookRecordsOf', pattern: new RegExp(`^took the records of ${UUID}$`), names: ['from'] },
  { key: 'personMergedInto', pattern: new RegExp(`^person ${UUID} merged into ${UUID}$`), names: ['from', 'into'] },
  { key: 'removedInError', pattern: /^removed as created in error: (.*)$/s, names: ['reason'] },
  // foreign affairs: a police status check's finding confirmed an entrustment's entry status
  { key: 'statusCheckFound', pattern: new RegExp(`^police status check ${UUID} found (LEGAL_ENTRY|LEGAL_RESIDENCE)$`), names: ['check', 'status'] },
];

/** The purpose as a catalogue key and values, or null when no pattern knows it. */
export function readPurposeText(purpose: string): PurposeText | null {
  for (const { key, pattern, names } of PATTERNS) {
    const match = pattern.exec(purpose);
    if (!match) continue;
    const values: Record<string, string> = {};
    names.forEach((name, i) => {
      values[name] = match[i + 1] ?? '';
    });
    if (values.step) values.step = values.step.toUpperCase();
    return { key, values };
  }
  return null;
}
