import { describe, expect, it } from 'vitest';
import { assessPassphrase, describeScore } from '../../shared/passphrase-strength';
import { formatRecoveryCode, isWellFormedRecoveryCode, normaliseRecoveryCode } from '../../shared/recovery-code';

describe('passphrase strength', () => {
  it.each([
    'password123',
    'Password1!',
    'qwertyuiop',
    'waymark2026',
    'careers adviser',
    'Summer2026',
    'aaaaaaaaaaaaaaaa',
  ])('calls "%s" too weak, with advice', (passphrase) => {
    const assessment = assessPassphrase(passphrase);
    expect(assessment.isStrongEnough).toBe(false);
    expect(assessment.advice).toMatch(/words/i);
  });

  it.each([
    'correct staple orbit lantern mosaic',
    'velvet harbour quietly juggles nine comets',
    'Siân rows 14 purple kayaks to Ynys Môn',
  ])('accepts "%s" as strong', (passphrase) => {
    const assessment = assessPassphrase(passphrase);
    expect(assessment.isStrongEnough).toBe(true);
    expect(assessment.advice).toBe('');
  });

  it('gives one plain piece of advice that does not contradict itself', () => {
    expect(assessPassphrase('Password1!').advice).toBe(
      'This is close to a commonly used password. Try four or five unrelated words, such as a short made-up sentence only you would think of.',
    );
    expect(assessPassphrase('careers adviser').advice).toBe(
      'Words to do with Waymark or careers work are easy to guess here. Try four or five unrelated words, such as a short made-up sentence only you would think of.',
    );
    for (const passphrase of ['Password1!', 'Waymark2026!', 'correct horse', 'tr0ub4dour', 'PASSWORD']) {
      const { advice } = assessPassphrase(passphrase);
      // Nothing American, nothing about capitals or symbols beside advice to use plain words.
      expect(advice).not.toMatch(/Capitaliz|symbols|uppercase|page related|Add more words/);
    }
  });

  it('never calls a refused passphrase anything that sounds acceptable', () => {
    const assessment = assessPassphrase('correct horse');
    expect(assessment.isStrongEnough).toBe(false);
    expect(describeScore(assessment.score)).toBe('Not strong enough yet');
  });

  it('judges a huge paste quickly instead of hanging', () => {
    const started = performance.now();
    assessPassphrase('correct horse '.repeat(70_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('recovery codes', () => {
  it('writes 24 characters in groups of four from an unambiguous alphabet', () => {
    const code = formatRecoveryCode(new Uint8Array(Array.from({ length: 24 }, (_, index) => index * 11)));
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('reads back what a person types: case, spaces, and lookalike letters', () => {
    expect(normaliseRecoveryCode('7kq2 m9xd-abcd efgh')).toBe('7KQ2M9XDABCDEFGH');
    expect(normaliseRecoveryCode('O0I1L1')).toBe('001111');
    expect(isWellFormedRecoveryCode('0000-1111-2222-3333-4444-5555')).toBe(true);
    expect(isWellFormedRecoveryCode('0000-1111-2222')).toBe(false);
    expect(isWellFormedRecoveryCode('UUUU-1111-2222-3333-4444-5555')).toBe(false);
  });
});
