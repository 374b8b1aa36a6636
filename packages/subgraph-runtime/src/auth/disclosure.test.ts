import { ROLES } from './roles';
import { disclose, discloseBirthDate, searchesByNumber, seesInFull } from './disclosure';
import { type Caller } from './caller';

const caller = (roles: string[], agency: Caller['agency'] = 'CIVIL_AFFAIRS', kind: Caller['kind'] = 'user'): Caller => ({ kind, id: 'someone', agency, orgUnit: null, jurisdiction: '379900', roles, scopes: [] });
const ID = '379902198807151234';

describe('one masking rule per document and role', () => {
  it('shows a resident ID number in full to station work and the police, masked to everyone else', () => {
    for (const role of [ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER]) expect(disclose(caller([role]), 'RESIDENT_ID', ID)).toBe(ID);
    for (const who of [caller([ROLES.FAO_OFFICER]), caller([ROLES.WF_CASEWORKER]), caller([ROLES.LEADERSHIP]), caller([ROLES.INTEGRATION], 'CIVIL_AFFAIRS', 'service')]) {
      expect(disclose(who, 'RESIDENT_ID', ID)).toBe('3799**********1234');
    }
  });

  it('shows a passport the same way to the same caller wherever it appears, and to no integrating system in full', () => {
    expect(seesInFull(caller([ROLES.CENTER_STAFF]), 'PASSPORT')).toBe(true);
    expect(seesInFull(caller([ROLES.STATION_STAFF]), 'PASSPORT')).toBe(false);
    expect(seesInFull(caller([ROLES.INTEGRATION], 'FOREIGN_AFFAIRS', 'service'), 'PASSPORT')).toBe(false);
    expect(seesInFull(caller([ROLES.INTEGRATION], 'PUBLIC_SECURITY', 'service'), 'PASSPORT')).toBe(false);
    expect(seesInFull(caller([ROLES.INTEGRATION], 'CIVIL_AFFAIRS', 'service'), 'PASSPORT')).toBe(false);
    expect(disclose(caller([ROLES.STATION_STAFF]), 'PASSPORT', 'E12345678')).toBe('E1*****78');
  });

  it('masks a phone number as a phone number, and shows what she wrote herself to a referring caseworker', () => {
    expect(disclose(caller([ROLES.WF_SUPERVISOR]), 'PHONE', '13812345678')).toBe('138****5678');
    expect(disclose(caller([ROLES.WF_CASEWORKER]), 'PHONE', '13812345678', { ownRecord: true })).toBe('13812345678');
  });

  it('never gives the birth date beside a masked ID number, nor an exact-number search to those who see it masked', () => {
    expect(discloseBirthDate(caller([ROLES.FAO_OFFICER]), '1988-07-15')).toBeNull();
    expect(discloseBirthDate(caller([ROLES.INTEGRATION], 'CIVIL_AFFAIRS', 'service'), '1988-07-15')).toBeNull();
    expect(discloseBirthDate(caller([ROLES.CENTER_STAFF]), '1988-07-15')).toBe('1988-07-15');
    expect(searchesByNumber(caller([ROLES.INTEGRATION], 'CIVIL_AFFAIRS', 'service'), 'RESIDENT_ID')).toBe(false);
    expect(searchesByNumber(caller([ROLES.POLICE_OFFICER], 'PUBLIC_SECURITY'), 'RESIDENT_ID')).toBe(true);
  });

  it('shows an anonymous caller nothing in full', () => {
    expect(seesInFull({ ...caller([ROLES.CENTER_STAFF]), kind: 'anonymous' }, 'RESIDENT_ID')).toBe(false);
  });
});
