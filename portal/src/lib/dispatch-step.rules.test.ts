import { nextDispatchSteps } from './dispatch-step.rules';

describe('the step buttons of a street report', () => {
  it('offer the next step of the loop, and closing early once the report is accepted', () => {
    expect(nextDispatchSteps('REPORTED')).toEqual(['ACCEPTED']);
    expect(nextDispatchSteps('ACCEPTED')).toEqual(['DISPATCHED', 'CLOSED']);
    expect(nextDispatchSteps('DISPATCHED')).toEqual(['ON_SCENE', 'CLOSED']);
    expect(nextDispatchSteps('ON_SCENE')).toEqual(['VERIFIED', 'CLOSED']);
    expect(nextDispatchSteps('VERIFIED')).toEqual(['CLOSED']);
  });

  it('offer nothing for a closed report', () => {
    expect(nextDispatchSteps('CLOSED')).toEqual([]);
  });
});
