/**
 * Bad input through the real gateway answers the same way in all four agencies: an impossible
 * date or time, an id that is no UUID, a NUL byte are BAD_USER_INPUT with HTTP 400 (never an
 * agency's outage, never an internal error); syntax errors and limits are 400 and say which; no
 * message suggests schema names or repeats a submitted document number; nothing is stored.
 */
import { gatewayCaller } from './support/graph';

type Agency = 'civil affairs' | 'public security' | "women's federation" | 'foreign affairs';
const UUID = '00000000-0000-4000-8000-00000000abcd';
const codes = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined) => (errors ?? []).map((e) => e.extensions?.code);

/** An ICAO 9303 check digit (weights 7, 3, 1; A-Z are 10-35, `<` is 0). */
function checkDigit(field: string): string {
  const value = (c: string) => (c === '<' ? 0 : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  return String([...field].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) % 10);
}
/** Both lines of a valid TD3 passport MRZ for the number and nationality. */
function mrz(passportNumber: string, nationality: string): { mrzLine1: string; mrzLine2: string } {
  const pad = (text: string, length: number) => text.padEnd(length, '<');
  const doc = pad(passportNumber, 9);
  const [birth, expiry, personal] = ['900315', '340101', pad('', 14)];
  const body = `${doc}${checkDigit(doc)}${nationality}${birth}${checkDigit(birth)}F${expiry}${checkDigit(expiry)}${personal}${checkDigit(personal)}`;
  return { mrzLine1: pad(`P<${nationality}DOE<<JANE`, 44), mrzLine2: body + checkDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43)) };
}

describe('bad input through the gateway, the same in every agency', () => {
  const { as } = gatewayCaller();
  /** The description of every street report and the referring organisation of every referral this suite tries to file (each is refused). */
  const MARK = `坏输入探针${Date.now()}`;
  /** The code of every biometric sample this suite tries to record, and the check it last tried to record one on. */
  const SAMPLE = 'DNA-PROBE-1';
  let probedCheck: string | undefined;

  /** How many nodes of the one connection `query` asks for `matches` accepts. */
  const countNodes = async (user: string, query: string, matches: (node: Record<string, string | undefined>) => boolean) => {
    const data = (await as<Record<string, { edges: Array<{ node: Record<string, string | undefined> }> }>>(user, query)).data!;
    return Object.values(data)[0]!.edges.filter(({ node }) => matches(node)).length;
  };

  /** Who works in each agency, and what shows whether anything was stored there. */
  const agencies: Record<Agency, { user: string; stored: () => Promise<unknown> }> = {
    // The reports this suite would have filed (its marker), among the newest open ones: other suites file theirs meanwhile.
    'civil affairs': {
      user: 'center.staff',
      stored: () => countNodes('center.staff', '{ dispatchBoardConnection(last: 100) { edges { node { description } } } }', (node) => node.description === MARK),
    },
    // Samples with the suite's code on the check it last probed, and checks asked for its unknown person.
    'public security': {
      user: 'police.officer',
      stored: async () => {
        const samples = probedCheck
          ? (await as<{ identityCheck: { samples: Array<{ sampleCode: string }> | null } }>('police.officer', 'query ($id: ID!) { identityCheck(id: $id) { samples { sampleCode } } }', { id: probedCheck })).data!.identityCheck.samples!.filter(
              ({ sampleCode }) => sampleCode === SAMPLE,
            ).length
          : 0;
        const checks = (await as<{ identityChecksConnection: { totalCount: number } }>('police.officer', 'query ($p: ID!) { identityChecksConnection(personIds: [$p]) { totalCount } }', { p: UUID })).data!
          .identityChecksConnection.totalCount;
        return { samples, checks };
      },
    },
    // Referrals from the suite's organisation, among the caseworker's newest.
    "women's federation": {
      user: 'wf.caseworker',
      stored: () =>
        countNodes('wf.caseworker', '{ shelterReferralsConnection(first: 100, order: NEWEST_FIRST) { edges { node { referringOrganisation } } } }', (node) => node.referringOrganisation === MARK),
    },
    // Entrustments under the suite's document numbers, among the office's newest.
    'foreign affairs': {
      user: 'fao.officer',
      stored: () => countNodes('fao.officer', '{ aidEntrustmentsConnection(first: 100, order: NEWEST_FIRST) { edges { node { documentNumber } } } }', (node) => (node.documentNumber ?? '').includes('探针')),
    },
  };

  /** Sends the operation as the agency's user: 400 BAD_USER_INPUT, one error, nothing stored. */
  const refusedAsBadInput = async (agency: Agency, query: string, variables: Record<string, unknown> = {}) => {
    const { user, stored } = agencies[agency];
    const before = await stored();
    const res = await as(user, query, variables);
    expect({ agency, status: res.status, codes: codes(res.errors) }).toEqual({ agency, status: 400, codes: ['BAD_USER_INPUT'] });
    expect(res.data ?? null).toBeNull();
    expect(await stored()).toEqual(before);
    return res;
  };

  const firstCheck = async () => {
    const check = (await as<{ identityChecks: Array<{ id: string; version: number }> }>('police.officer', '{ identityChecks(status: REQUESTED, first: 1) { id version } }')).data!.identityChecks[0]!;
    probedCheck = check.id;
    return check;
  };

  describe('an impossible date or time literal', () => {
    const literals: Record<Agency, (at: string) => Promise<string>> = {
      'civil affairs': async (at) =>
        `mutation { reportStreetSighting(input: { source: HOTLINE, description: "${MARK}", latitude: 30, longitude: 114, address: "探针", district: "379902", reportedAt: "${at}" }) { __typename } }`,
      'public security': async (at) => {
        const check = await firstCheck();
        return `mutation { recordSample(input: { identityCheckId: "${check.id}", expectedVersion: ${check.version}, kind: DNA, sampleCode: "${SAMPLE}", collectedAt: "${at}" }) { __typename } }`;
      },
      "women's federation": async (at) =>
        `mutation { submitShelterReferral(input: { idempotencyKey: "probe-bad-date", victim: { name: "探针" }, victimType: DOMESTIC_VIOLENCE, risk: { level: LOW }, referringOrganisation: "${MARK}", consent: { givenBy: VICTIM, method: WRITTEN, at: "${at}" } }) { __typename } }`,
      'foreign affairs': async (at) =>
        `mutation { issueAidEntrustment(input: { documentNumber: "外办委〔2026〕探针号", issuingOffice: FOREIGN_AFFAIRS_OFFICE, beneficiaryName: "Jane Doe", nationality: "USA", passportNumber: "X1234567", entryStatus: LEGAL_STAY, items: [{ kind: FOOD, capFen: 100 }], totalCapFen: 100, validFrom: "${at}", validUntil: "2099-01-01T00:00:00Z" }) { __typename } }`,
    };

    it.each(Object.keys(literals) as Agency[])('is BAD_USER_INPUT with 400 in %s, for 30 February, hour 24 and no time zone alike', async (agency) => {
      const messages = new Set<string>();
      for (const at of ['2026-02-30T10:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T10:00:00', 'yesterday']) {
        const res = await refusedAsBadInput(agency, await literals[agency](at));
        expect(res.text).not.toContain(at);
        messages.add(res.errors![0]!.message.replace(/^[^:]*: /, ''));
      }
      expect([...messages].every((m) => m.startsWith('DateTime '))).toBe(true);
    });

    it('does not open an agency breaker: after many refused dates public security still answers', async () => {
      for (let i = 0; i < 8; i++) await refusedAsBadInput('public security', await literals['public security']('2026-02-30T10:00:00Z'));
      const after = await as<{ identityChecks: unknown[] }>('police.officer', '{ identityChecks(first: 1) { id } }');
      expect(after.status).toBe(200);
      expect(after.errors).toBeUndefined();
    });
  });

  describe('a malformed id', () => {
    const byId: Record<Agency, string> = {
      'civil affairs': 'query($id: ID!) { person(id: $id) { id } }',
      'public security': 'query($id: ID!) { identityCheck(id: $id) { id } }',
      "women's federation": 'query($id: ID!) { shelterReferral(id: $id) { id } }',
      'foreign affairs': 'query($id: ID!) { aidEntrustment(id: $id) { id } }',
    };

    it('answers the same in all four agencies: 400 BAD_USER_INPUT, one message, the id not repeated', async () => {
      const answers = new Set<string>();
      for (const [agency, query] of Object.entries(byId) as Array<[Agency, string]>) {
        for (const id of ["'; drop table person; --", 'E12345678', '12345']) {
          const res = await refusedAsBadInput(agency, query, { id });
          expect(res.text).not.toContain(id);
          answers.add(JSON.stringify(res.errors));
        }
        // Inline too, and an unknown well-formed id is simply not there.
        await refusedAsBadInput(agency, query.replace('query($id: ID!) ', '').replace('$id', '"E12345678"'));
        const unknown = await as<Record<string, unknown>>(agencies[agency].user, query, { id: '00000000-0000-4000-8000-000000000000' });
        expect(unknown.status).toBe(200);
        expect(Object.values(unknown.data!)).toEqual([null]);
      }
      expect([...answers]).toHaveLength(1);
    });
  });

  describe('a NUL byte', () => {
    const withNul: Record<Agency, [string, Record<string, unknown>]> = {
      'civil affairs': ['query($s: String) { persons(first: 1, filter: { search: $s }) { totalCount } }', { s: '张\u0000三' }],
      'public security': [
        'mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename } }',
        { i: { personId: UUID, requestingStationId: UUID, reason: 'CLAIMED_IDENTITY', note: '自称\u0000张三' } },
      ],
      "women's federation": [
        'mutation($i: SubmitShelterReferralInput!) { submitShelterReferral(input: $i) { __typename } }',
        { i: { idempotencyKey: 'probe-nul', victim: { name: '李\u0000四' }, victimType: 'DOMESTIC_VIOLENCE', risk: { level: 'LOW' }, referringOrganisation: MARK } },
      ],
      'foreign affairs': ['mutation($id: ID!, $r: String!) { revokeAidEntrustment(entrustmentId: $id, reason: $r) { __typename } }', { id: UUID, r: '撤销\u0000' }],
    };

    it.each(Object.keys(withNul) as Agency[])('is BAD_USER_INPUT with 400 in %s, never an internal error', async (agency) => {
      const [query, variables] = withNul[agency];
      const res = await refusedAsBadInput(agency, query, variables);
      expect(res.errors![0]!.message).toMatch(/NUL character/);
    });
  });

  describe('what the parser and the limits answer', () => {
    it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
      const res = await as('center.staff', '{ persons(first: 1 { totalCount } }');
      expect(res.status).toBe(400);
      expect(codes(res.errors)).toEqual(['GRAPHQL_PARSE_FAILED']);
    });

    it('answers a query over the token limit with 400, as a limit and not as a syntax error', async () => {
      const res = await as('center.staff', `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
      expect(res.status).toBe(400);
      expect(codes(res.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.errors![0]!.message).toBe('Token limit of 2000 exceeded.');
      const nested = (levels: number): string => (levels === 0 ? 'id' : `parent { ${nested(levels - 1)} }`);
      const deep = await as('center.staff', `{ stations { ${nested(14)} } }`);
      expect(deep.status).toBe(400);
      for (const limit of [res, deep]) expect(limit.errors![0]!.message).not.toMatch(/^Syntax Error/);
    });

    it('suggests no enum value for a misspelt one, as a variable or a literal', async () => {
      const variable = await as('police.officer', 'query($s: IdentityCheckStatus) { identityChecks(status: $s) { id } }', { s: 'REQUESTE' });
      expect(variable.status).toBe(400);
      expect(codes(variable.errors)).toEqual(['BAD_USER_INPUT']);
      const literal = await as('police.officer', '{ identityChecks(status: REQUESTE) { id } }');
      expect(literal.status).toBe(400);
      for (const res of [variable, literal]) {
        expect(res.text).not.toMatch(/Did you mean/i);
        expect(res.text).not.toContain('REQUESTED');
      }
    });
  });

  describe('no message repeats a submitted document number', () => {
    it('answers an MRZ that names another passport without either number, read through UserError, storing nothing', async () => {
      const before = await agencies['foreign affairs'].stored();
      const res = await as<{ issueAidEntrustment: { __typename: string; field: string; code: string; message: string } }>(
        'fao.officer',
        `mutation($i: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $i) { __typename ... on UserError { field code message } } }`,
        {
          i: {
            documentNumber: '外办委〔2026〕MRZ探针号', issuingOffice: 'FOREIGN_AFFAIRS_OFFICE', beneficiaryName: 'Jane Doe', nationality: 'USA', passportNumber: 'X1234567',
            ...mrz('Y7654321', 'USA'), entryStatus: 'LEGAL_STAY', items: [{ kind: 'FOOD', capFen: 100 }], totalCapFen: 100,
            validFrom: new Date(Date.now() - 3_600_000).toISOString(), validUntil: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
      );
      expect(res.data!.issueAidEntrustment).toEqual(expect.objectContaining({ __typename: 'AidInputRejected', field: 'passportNumber', code: 'MRZ_MISMATCH' }));
      expect(res.text).not.toContain('X1234567');
      expect(res.text).not.toContain('Y7654321');
      expect(await agencies['foreign affairs'].stored()).toEqual(before);
    });

    it('answers a malformed input object without quoting it back', async () => {
      const res = await as('fao.officer', `mutation($i: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $i) { __typename } }`, {
        i: { documentNumber: '外办委〔2026〕回显探针号', passportNumber: 987654321, nationality: 'DEU' },
      });
      expect(res.status).toBe(400);
      expect(codes(res.errors).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
      expect(res.text).not.toContain('987654321');
      expect(res.text).not.toContain('回显探针');
    });
  });
});
