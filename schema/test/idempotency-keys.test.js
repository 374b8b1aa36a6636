/**
 * Every creating mutation of the public schema takes an idempotency key, so a retried request
 * (a timeout, a lost answer, a double tap) never stores a second record. A mutation counts as
 * creating when its name starts with a creating verb, or when it is listed below; it may go
 * without a key only when it changes a record the caller read (it takes `expectedVersion`, so a
 * retry is refused by the version) or when it is exempted below with the reason. A new creating
 * mutation without a key fails here.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { describe, expect, it } = require('@jest/globals');
const { buildSchema, getNamedType, isInputObjectType } = require('graphql');

const schema = buildSchema(readFileSync(join(__dirname, '..', 'api.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType().getFields());

/** Names that start this way create a record. */
const CREATING_VERB = /^(create|add|record|request|submit|receive|issue|register|declare|report|open|propose|start)[A-Z]/;

/** Creating mutations whose names do not say so. */
const ALSO_CREATING = {
  acceptShelterReferral: 'stores the shelter placement (and its place holds)',
  declineShelterReferral: 'stores the shelter placement, declined',
};

/** Mutations with a creating verb that create nothing a retry could double, and why. */
const EXEMPT = {
  recordTracingNotice: 'stamps the publication time on the person\'s tracing record once; a repeat keeps the first time',
  recordDnaRequest: 'stamps the request time on the person\'s tracing record once; a repeat keeps the first time',
};

/** The argument names of a mutation, and the field names of its input object if it takes one. */
function parameters(field) {
  const names = field.args.map((arg) => arg.name);
  for (const arg of field.args) {
    const type = getNamedType(arg.type);
    if (isInputObjectType(type)) names.push(...Object.keys(type.getFields()));
  }
  return names;
}

const creating = mutations.filter((field) => (CREATING_VERB.test(field.name) || field.name in ALSO_CREATING) && !(field.name in EXEMPT) && !parameters(field).includes('expectedVersion'));

describe('idempotency keys on creating mutations', () => {
  it('finds the creating mutations of every agency', () => {
    // A guard against a rule that silently matches nothing.
    expect(creating.map((field) => field.name)).toEqual(expect.arrayContaining(['receivePerson', 'reportStreetSighting', 'issueAidEntrustment', 'requestIdentityCheck', 'submitShelterReferral', 'requestReferralService']));
  });

  it.each(creating.map((field) => [field.name, field]))('%s takes an idempotencyKey argument or input field', (_name, field) => {
    expect(parameters(field)).toContain('idempotencyKey');
  });

  it('lists only mutations that exist, so an exemption cannot outlive its mutation', () => {
    const names = new Set(mutations.map((field) => field.name));
    expect([...Object.keys(ALSO_CREATING), ...Object.keys(EXEMPT)].filter((name) => !names.has(name))).toEqual([]);
  });
});
