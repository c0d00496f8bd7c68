import { describe, expect, it } from 'vitest';
import {
  activityCode,
  activityCodeLists,
  currentCodeListVersion,
  describeActivity,
} from '../../shared/destinations/nccis-codes';

describe('the NCCIS activity codes', () => {
  const current = activityCodeLists[currentCodeListVersion];

  it('holds each code once, in its group by the first digit', () => {
    expect(new Set(current.map((entry) => entry.code)).size).toBe(current.length);
    const groupByFirstDigit: Record<string, string[]> = {
      '1': ['below-leaving-age'],
      '2': ['education'],
      '3': ['employment'],
      '4': ['training'],
      '5': ['re-engagement', 'neet'],
      '6': ['neet'],
      '7': ['other'],
      '8': ['not-known'],
    };
    for (const entry of current) expect(groupByFirstDigit[entry.code[0] as string]).toContain(entry.group);
  });

  it('has every code the local authorities return', () => {
    const expected =
      '110 120 130 140 150 210 220 230 240 250 260 270 280 290 310 320 330 340 350 360 380 381 410 430 440 450 460 530 540 550 610 615 616 619 620 630 640 650 660 670 680 710 720 810 820 830'.split(
        ' ',
      );
    expect(current.map((entry) => entry.code)).toEqual(expected);
  });

  it('describes a code with its label, and leaves a code it does not know as recorded', () => {
    expect(describeActivity('230')).toBe('230 Full-time education: further education');
    expect(activityCode('310')?.group).toBe('employment');
    expect(describeActivity('999')).toBe('999');
    expect(activityCode('230', '1999-00')).toBeUndefined();
  });
});
