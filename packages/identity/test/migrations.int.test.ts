import { openTestIdentity, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;

beforeAll(async () => {
  identity = await openTestIdentity();
});
afterAll(() => identity.close());

it('has committed migrations that match the entities exactly', async () => {
  const diff = await identity.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
  expect(diff.trim()).toBe('');
});
