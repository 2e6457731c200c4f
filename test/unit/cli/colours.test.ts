import { describe, expect, it } from 'vitest';
import { reportChalk } from '../../../src/cli/colours.js';

describe('reportChalk', () => {
  it('honours NO_COLOR, which chalk itself ignores', () => {
    expect(reportChalk(false, { NO_COLOR: '1' }).level).toBe(0);
  });

  it('lets FORCE_COLOR decide when it is set', () => {
    expect(reportChalk(false, { NO_COLOR: '1', FORCE_COLOR: '1' }).level).toBe(1);
    expect(reportChalk(false, { FORCE_COLOR: '3' }).level).toBe(3);
    expect(reportChalk(false, { FORCE_COLOR: '0' }).level).toBe(0);
  });

  it('never colours a file', () => {
    expect(reportChalk(true, { FORCE_COLOR: '3' }).level).toBe(0);
  });
});
