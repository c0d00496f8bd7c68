// The ids the app gives new records: UUIDs of version 7, ordered by when they were made.
import { describe, expect, it } from 'vitest';
import { systemContext, timeOrderedUuid } from '../../main/services/context';

const version7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the ids of new records', () => {
  it('are UUIDs of version 7, each one different', () => {
    const ids = Array.from({ length: 10_000 }, () => systemContext.newId());
    expect(ids.every((id) => version7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sort by the millisecond they were made in, and carry it', () => {
    const made = [1_796_000_000_000, 1_796_000_000_001, 1_796_000_060_000, 2_000_000_000_000];
    const ids = made.map((milliseconds) => timeOrderedUuid(milliseconds));
    expect([...ids].reverse().sort()).toEqual(ids);
    expect(ids.map((id) => parseInt(id.replaceAll('-', '').slice(0, 12), 16))).toEqual(made);
  });
});
