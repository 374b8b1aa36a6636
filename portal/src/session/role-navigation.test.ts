import { worksWith, type PortalPage } from './role-navigation';

const PAGES: PortalPage[] = ['/', '/persons', '/stations', '/identity-checks', '/shelter-referrals', '/aid-entrustments', '/audit-trail'];
const pagesOf = (roles: string[]) => PAGES.filter((page) => worksWith(roles, page));

describe('the navigation follows the roles', () => {
  it('gives the center its case pages but not the audit trail', () => {
    expect(pagesOf(['CENTER_STAFF'])).toEqual(['/', '/persons', '/stations', '/identity-checks', '/aid-entrustments']);
  });

  it('gives the police identity checks, the caseworker referrals, the foreign-affairs office entrustments', () => {
    expect(pagesOf(['POLICE_OFFICER'])).toContain('/identity-checks');
    expect(pagesOf(['WF_CASEWORKER'])).toEqual(['/', '/persons', '/stations', '/shelter-referrals']);
    expect(pagesOf(['FAO_OFFICER'])).toContain('/aid-entrustments');
  });

  it('gives the auditor the audit trail only, and the administrator no case data', () => {
    expect(pagesOf(['AUDITOR'])).toEqual(['/audit-trail']);
    expect(pagesOf(['ADMIN'])).toEqual([]);
  });

  it('gives the center and the county stations the rescue operations, the police their check queue', () => {
    const operations: PortalPage[] = ['/dispatch', '/intake', '/tracing', '/check-queue', '/escorts'];
    const operationsOf = (roles: string[]) => operations.filter((page) => worksWith(roles, page));
    expect(operationsOf(['CENTER_STAFF'])).toEqual(['/dispatch', '/intake', '/tracing', '/escorts']);
    expect(operationsOf(['STATION_STAFF'])).toEqual(['/dispatch', '/intake', '/tracing', '/escorts']);
    expect(operationsOf(['SHELTER_STAFF'])).toEqual(['/tracing']);
    expect(operationsOf(['POLICE_OFFICER'])).toEqual(['/check-queue']);
    expect(operationsOf(['FORENSIC_OFFICER'])).toEqual(['/check-queue']);
    expect(operationsOf(['WF_CASEWORKER'])).toEqual([]);
    expect(operationsOf(['AUDITOR'])).toEqual([]);
  });
});

describe('foreign-national status checks', () => {
  it('are answered by the police, asked for by the stations and the shelter, read by the foreign-affairs office', () => {
    const who = (page: PortalPage) =>
      ['POLICE_OFFICER', 'FORENSIC_OFFICER', 'CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF', 'FAO_OFFICER', 'WF_CASEWORKER', 'AUDITOR', 'ADMIN', 'LEADERSHIP'].filter((role) => worksWith([role], page));
    expect(who('/status-checks')).toEqual(['POLICE_OFFICER', 'CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF', 'FAO_OFFICER']);
    expect(who('/status-checks/new')).toEqual(['CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF']);
  });
});

describe('the admin console', () => {
  it('is the administrator’s alone', () => {
    const adminPages: PortalPage[] = ['/admin/accounts', '/admin/clients', '/admin/signing-keys', '/admin/history'];
    const roles = ['CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF', 'POLICE_OFFICER', 'FORENSIC_OFFICER', 'WF_CASEWORKER', 'WF_SUPERVISOR', 'FAO_OFFICER', 'AUDITOR', 'ADMIN', 'LEADERSHIP'];
    for (const page of adminPages) expect(roles.filter((role) => worksWith([role], page))).toEqual(['ADMIN']);
  });
});
