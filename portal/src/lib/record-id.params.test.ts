import { isRecordId } from './record-id.params';

describe('a record id from a URL', () => {
  it('has the shape of a UUID', () => {
    expect(isRecordId('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isRecordId('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
  });
  it('is anything else for no record', () => {
    for (const value of ['garbage', '', '0f8fad5b-d9cb-469f-a165-70867728950', '0f8fad5b-d9cb-469f-a165-70867728950e/x', "1' or '1'='1"]) expect(isRecordId(value)).toBe(false);
  });
});
