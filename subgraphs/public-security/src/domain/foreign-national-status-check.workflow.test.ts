import { passportMrz, withBadPassportCheckDigit } from '../../test/passport-mrz.fixture';
import { notifiesForeignAffairs, parseOutcome, parseStatusCheckRequest, statusCheckTransition } from './foreign-national-status-check.workflow';

const today = new Date('2026-12-01T08:00:00Z');

describe('the foreign-national status check', () => {
  it('is concluded once, from a request to legal entry, legal residence or illegal', () => {
    expect(statusCheckTransition('REQUESTED', 'LEGAL_ENTRY').ok).toBe(true);
    expect(statusCheckTransition('REQUESTED', 'ILLEGAL').ok).toBe(true);
    expect(statusCheckTransition('LEGAL_ENTRY', 'ILLEGAL')).toEqual({ ok: false, message: expect.stringContaining('concluded (LEGAL_ENTRY)') });
    expect(statusCheckTransition('REQUESTED', 'REQUESTED')).toEqual({ ok: false, message: expect.stringContaining('REQUESTED can change to') });
    expect(notifiesForeignAffairs('LEGAL_RESIDENCE')).toBe(true);
    expect(notifiesForeignAffairs('ILLEGAL')).toBe(false);
  });

  it('takes an ICAO 9303 nationality and a passport number, upper-cased', () => {
    expect(parseStatusCheckRequest({ nationality: 'vnm', passportNumber: ' c1234567 ' }, today)).toEqual({ ok: true, value: { nationality: 'VNM', passportNumber: 'C1234567', mrzVerified: false } });
    expect(parseStatusCheckRequest({ nationality: 'UTO', passportNumber: 'C1234567' }, today)).toEqual({ ok: false, problem: expect.objectContaining({ field: 'nationality', code: 'COUNTRY_CODE' }) });
    expect(parseStatusCheckRequest({ nationality: 'VNM', passportNumber: 'C1-2' }, today)).toEqual({ ok: false, problem: expect.objectContaining({ field: 'passportNumber', code: 'FORMAT' }) });
  });

  it('verifies the check digits of a machine-readable zone and that it agrees with what was typed in', () => {
    const mrz = passportMrz('C1234567', 'VNM');
    expect(parseStatusCheckRequest({ nationality: 'VNM', passportNumber: 'C1234567', mrzLines: mrz }, today)).toEqual({ ok: true, value: { nationality: 'VNM', passportNumber: 'C1234567', mrzVerified: true } });
    expect(parseStatusCheckRequest({ nationality: 'VNM', passportNumber: 'C1234567', mrzLines: withBadPassportCheckDigit(mrz) }, today)).toEqual({ ok: false, problem: expect.objectContaining({ field: 'mrzLines', code: 'DOCUMENT_NUMBER_CHECK_DIGIT' }) });
    expect(parseStatusCheckRequest({ nationality: 'VNM', passportNumber: 'C7654321', mrzLines: mrz }, today)).toEqual({ ok: false, problem: expect.objectContaining({ code: 'PASSPORT_NUMBER_MISMATCH' }) });
    expect(parseStatusCheckRequest({ nationality: 'LAO', passportNumber: 'C1234567', mrzLines: passportMrz('C1234567', 'VNM') }, today)).toEqual({ ok: false, problem: expect.objectContaining({ code: 'NATIONALITY_MISMATCH' }) });
    expect(parseStatusCheckRequest({ nationality: 'VNM', passportNumber: 'C1234567', mrzLines: [mrz[0]] }, today)).toEqual({ ok: false, problem: expect.objectContaining({ field: 'mrzLines', code: 'LENGTH' }) });
  });

  it('accepts ICAO’s own codes: a German passport’s D matches DEU on the form, and stateless persons and refugees can be checked', () => {
    const german = passportMrz('C01X00T47', 'D', 'MUSTERMANN', 'ERIKA');
    expect(parseStatusCheckRequest({ nationality: 'DEU', passportNumber: 'C01X00T47', mrzLines: german }, today)).toEqual({ ok: true, value: { nationality: 'DEU', passportNumber: 'C01X00T47', mrzVerified: true } });
    expect(parseStatusCheckRequest({ nationality: 'D', passportNumber: 'C01X00T47', mrzLines: german }, today)).toMatchObject({ ok: true, value: { nationality: 'D' } });
    expect(parseStatusCheckRequest({ nationality: 'AUT', passportNumber: 'C01X00T47', mrzLines: german }, today)).toEqual({ ok: false, problem: expect.objectContaining({ code: 'NATIONALITY_MISMATCH' }) });
    for (const code of ['XXA', 'XXB', 'XXC', 'XXX', 'UNO']) {
      expect(parseStatusCheckRequest({ nationality: code, passportNumber: 'T1234567', mrzLines: passportMrz('T1234567', code) }, today)).toMatchObject({ ok: true, value: { nationality: code, mrzVerified: true } });
    }
  });

  it('never repeats a typed passport number in a refusal', () => {
    const mrz = passportMrz('C1234567', 'KHM');
    const answers = [
      parseStatusCheckRequest({ nationality: 'QQQ', passportNumber: 'C1234567' }, today),
      parseStatusCheckRequest({ nationality: 'LAO', passportNumber: 'C1234567', mrzLines: mrz }, today),
      parseStatusCheckRequest({ nationality: 'KHM', passportNumber: 'C7654321', mrzLines: mrz }, today),
    ];
    for (const answer of answers) {
      if (answer.ok) throw new Error('expected a refusal');
      expect(answer.problem.message).not.toMatch(/C1234567|C7654321/);
    }
  });

  it('hands over to the police exactly when the stay is illegal, never before the request nor in the future', () => {
    const requestedAt = new Date('2026-11-30T08:00:00Z');
    expect(parseOutcome('LEGAL_ENTRY', null, requestedAt, today)).toEqual({ ok: true, handOver: null });
    expect(parseOutcome('LEGAL_ENTRY', { recordNumber: 'JL-2026-1', policeUnit: '青石派出所' }, requestedAt, today)).toEqual({ ok: false, problem: expect.objectContaining({ code: 'NOT_APPLICABLE' }) });
    expect(parseOutcome('ILLEGAL', null, requestedAt, today)).toEqual({ ok: false, problem: expect.objectContaining({ field: 'handOver', code: 'REQUIRED' }) });
    expect(parseOutcome('ILLEGAL', { recordNumber: 'jl-2026-0001', policeUnit: '青石派出所' }, requestedAt, today)).toEqual({ ok: true, handOver: { recordNumber: 'JL-2026-0001', policeUnit: '青石派出所', handedOverAt: today } });
    expect(parseOutcome('ILLEGAL', { recordNumber: 'JL-2026-0001', policeUnit: '青石派出所', handedOverAt: new Date('2026-11-29T00:00:00Z') }, requestedAt, today)).toEqual({ ok: false, problem: expect.objectContaining({ code: 'BEFORE_REQUEST' }) });
    expect(parseOutcome('ILLEGAL', { recordNumber: 'JL-2026-0001', policeUnit: '青石派出所', handedOverAt: new Date('2026-12-02T00:00:00Z') }, requestedAt, today)).toEqual({ ok: false, problem: expect.objectContaining({ code: 'FUTURE' }) });
  });
});
