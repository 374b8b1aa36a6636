import { balance, capsOf, checkAmendmentAgainstDelivered, checkChange, checkDeliveryFits, effectiveStatus, isFulfilled, validateBeneficiary, validateDelivery, validateTerms } from './aid-entrustment.workflow';

const now = new Date('2026-12-01T08:00:00Z');
const day = 86_400_000;
const window = { validFrom: new Date(now.getTime() - day), validUntil: new Date(now.getTime() + 10 * day) };
const terms = { items: [{ kind: 'FOOD' as const, capFen: 5_000 }, { kind: 'LODGING' as const, capFen: 10_000 }], totalCapFen: 12_000, ...window };
const caps = capsOf(terms);

describe('the status at an instant', () => {
  it('is EXPIRED for an open entrustment once its window has passed, whatever is stored', () => {
    for (const status of ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'] as const) {
      expect(effectiveStatus({ status, validUntil: new Date(now.getTime() - 1) }, now)).toBe('EXPIRED');
      expect(effectiveStatus({ status, validUntil: new Date(now.getTime() + 1) }, now)).toBe(status);
    }
    expect(effectiveStatus({ status: 'REVOKED', validUntil: new Date(now.getTime() - 1) }, now)).toBe('REVOKED');
  });
});

describe('which changes each status allows', () => {
  it('delivers only against accepted or in-progress entrustments inside the window', () => {
    expect(checkChange({ status: 'ACCEPTED', ...window }, 'DELIVER', now)).toBeNull();
    expect(checkChange({ status: 'ISSUED', ...window }, 'DELIVER', now)).toMatchObject({ code: 'NOT_ACCEPTED' });
    expect(checkChange({ status: 'REVOKED', ...window }, 'DELIVER', now)).toMatchObject({ code: 'NOT_ACTIVE', currentStatus: 'REVOKED' });
    expect(checkChange({ status: 'IN_PROGRESS', validFrom: window.validFrom, validUntil: new Date(now.getTime() - 1) }, 'DELIVER', now)).toMatchObject({ code: 'EXPIRED', currentStatus: 'EXPIRED' });
    expect(checkChange({ status: 'ACCEPTED', validFrom: new Date(now.getTime() + day), validUntil: window.validUntil }, 'DELIVER', now)).toMatchObject({ code: 'NOT_YET_VALID' });
  });

  it('accepts only issued ones, closes only accepted ones', () => {
    expect(checkChange({ status: 'ISSUED', ...window }, 'ACCEPT', now)).toBeNull();
    expect(checkChange({ status: 'ACCEPTED', ...window }, 'ACCEPT', now)).not.toBeNull();
    expect(checkChange({ status: 'ISSUED', ...window }, 'CLOSE', now)).toMatchObject({ code: 'NOT_ACCEPTED' });
  });
});

describe('terms', () => {
  it('accept whole fen caps, a total no larger than the items and a window that ends after it starts', () => {
    expect(validateTerms(terms, now)).toBeNull();
    expect(validateTerms({ ...terms, validUntil: window.validFrom }, now)).toMatchObject({ code: 'WINDOW' });
    expect(validateTerms({ ...terms, validFrom: new Date(now.getTime() - 5 * day), validUntil: new Date(now.getTime() - day) }, now)).toMatchObject({ code: 'PAST' });
    expect(validateTerms({ ...terms, totalCapFen: 12.5 }, now)).toMatchObject({ field: 'totalCapFen', code: 'AMOUNT' });
    expect(validateTerms({ ...terms, items: [{ kind: 'FOOD', capFen: -1 }] }, now)).toMatchObject({ code: 'AMOUNT' });
    expect(validateTerms({ ...terms, totalCapFen: 15_001 }, now)).toMatchObject({ code: 'TOTAL_ABOVE_ITEMS' });
    expect(validateTerms({ ...terms, items: [] }, now)).toMatchObject({ code: 'REQUIRED' });
  });

  it('may not go below what was delivered', () => {
    const delivered = new Map([['FOOD' as const, 4_000n]]);
    expect(checkAmendmentAgainstDelivered(caps, delivered, 'IN_PROGRESS')).toBeNull();
    expect(checkAmendmentAgainstDelivered({ ...caps, items: [{ kind: 'FOOD', capFen: 3_999n }] }, delivered, 'IN_PROGRESS')).toMatchObject({ code: 'BELOW_DELIVERED' });
    expect(checkAmendmentAgainstDelivered({ ...caps, items: [{ kind: 'LODGING', capFen: 9_000n }] }, delivered, 'IN_PROGRESS')).toMatchObject({ code: 'BELOW_DELIVERED' });
    expect(checkAmendmentAgainstDelivered({ ...caps, totalCapFen: 3_000n }, delivered, 'IN_PROGRESS')).toMatchObject({ code: 'BELOW_DELIVERED' });
  });
});

describe('deliveries under the caps', () => {
  it('fit exactly up to the item cap and the total, and say what remains beyond', () => {
    const delivered = new Map([['FOOD' as const, 4_000n], ['LODGING' as const, 7_000n]]);
    expect(checkDeliveryFits(caps, delivered, 'FOOD', 1_000n, 'IN_PROGRESS')).toBeNull();
    expect(checkDeliveryFits(caps, delivered, 'FOOD', 1_001n, 'IN_PROGRESS')).toMatchObject({ __typename: 'AidCapExceeded', kind: 'FOOD', remainingFen: 1_000n });
    expect(checkDeliveryFits(caps, delivered, 'LODGING', 1_001n, 'IN_PROGRESS')).toMatchObject({ __typename: 'AidCapExceeded', kind: null, remainingFen: 1_000n });
    expect(checkDeliveryFits(caps, delivered, 'COMMUNICATION', 1n, 'IN_PROGRESS')).toMatchObject({ code: 'NOT_ENTRUSTED' });
  });

  it('reach fulfilment at the total cap or when every item cap is used', () => {
    expect(isFulfilled(caps, new Map([['FOOD', 5_000n], ['LODGING', 7_000n]]))).toBe(true);
    expect(isFulfilled({ ...caps, totalCapFen: 15_000n }, new Map([['FOOD', 5_000n], ['LODGING', 10_000n]]))).toBe(true);
    expect(isFulfilled(caps, new Map([['FOOD', 5_000n]]))).toBe(false);
    expect(balance(caps, new Map([['FOOD', 5_000n]]))).toEqual({ totalCapFen: 12_000n, deliveredFen: 5_000n, remainingFen: 7_000n, items: [{ kind: 'FOOD', capFen: 5_000n, deliveredFen: 5_000n, remainingFen: 0n }, { kind: 'LODGING', capFen: 10_000n, deliveredFen: 0n, remainingFen: 7_000n }] });
  });

  it('are whole fen above zero, dated no later than today', () => {
    const ok = { quantity: 1, amountFen: 100, deliveredOn: '2026-12-01', receiptNumber: 'R-1' };
    expect(validateDelivery(ok, '2026-12-01')).toBeNull();
    expect(validateDelivery({ ...ok, amountFen: 0.5 }, '2026-12-01')).toMatchObject({ code: 'AMOUNT' });
    expect(validateDelivery({ ...ok, amountFen: -100 }, '2026-12-01')).toMatchObject({ code: 'AMOUNT' });
    expect(validateDelivery({ ...ok, deliveredOn: '2026-12-02' }, '2026-12-01')).toMatchObject({ code: 'FUTURE' });
    expect(validateDelivery({ ...ok, receiptNumber: ' ' }, '2026-12-01')).toMatchObject({ code: 'RECEIPT' });
  });
});

describe('the beneficiary', () => {
  it('needs an ICAO 9303 nationality and a passport number that agrees with the MRZ', () => {
    const base = { beneficiaryName: 'Jane Doe', nationality: 'usa', passportNumber: 'x1234567', entryStatus: 'LEGAL_STAY' as const };
    expect(validateBeneficiary(base, now)).toMatchObject({ ok: true, value: { nationality: 'USA', passportNumber: 'X1234567', mrzLine1: null } });
    expect(validateBeneficiary({ ...base, nationality: 'XYZ' }, now)).toMatchObject({ ok: false, result: { code: 'NATIONALITY' } });
    for (const code of ['D', 'XXA', 'XXB', 'XXC', 'XXX']) expect(validateBeneficiary({ ...base, nationality: code }, now)).toMatchObject({ ok: true, value: { nationality: code } });
    expect(validateBeneficiary({ ...base, mrzLine1: 'P<USADOE<<JANE' }, now)).toMatchObject({ ok: false, result: { code: 'MRZ_INCOMPLETE' } });
    expect(validateBeneficiary({ ...base, mrzLine1: 'P<USADOE<<JANE'.padEnd(44, '<'), mrzLine2: 'X1234567<0USA9003152F3401011<<<<<<<<<<<<<<00' }, now)).toMatchObject({ ok: false, result: { field: 'mrzLine2', code: 'DOCUMENT_NUMBER_CHECK_DIGIT' } });
  });
});
