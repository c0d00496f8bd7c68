// Which backups are kept: three from today, one a day for a fortnight, one a month for a year; nothing else is ever named for pruning.
import { describe, expect, it } from 'vitest';
import { chooseGenerations } from '../../main/backup/generations';
import { backupFileName, parseBackupFileName } from '../../main/backup/naming';

const name = (date: string, time = '1000', sequence?: number) =>
  `waymark-${date}-${time}${sequence ? `-${sequence}` : ''}.wmbackup`;

describe('backup generations', () => {
  it('keep the newest three from today and prune the older ones from today', () => {
    const today = ['0900', '1000', '1100', '1200', '1300'].map((time) => name('2026-11-23', time));
    const { keep, prune } = chooseGenerations(today, '2026-11-23');
    expect(keep).toEqual([name('2026-11-23', '1300'), name('2026-11-23', '1200'), name('2026-11-23', '1100')]);
    expect(prune).toEqual([name('2026-11-23', '1000'), name('2026-11-23', '0900')]);
  });

  it('keep the newest backup of each of the last 14 days', () => {
    const names = [
      name('2026-11-22', '0900'),
      name('2026-11-22', '1700'),
      name('2026-11-09', '1200'),
      name('2026-11-08', '1200'),
    ];
    const { keep, prune } = chooseGenerations(names, '2026-11-23');
    expect(keep).toContain(name('2026-11-22', '1700'));
    expect(keep).toContain(name('2026-11-09', '1200'));
    expect(prune).toContain(name('2026-11-22', '0900'));
    // 15 days ago: beyond the daily window, and November already has a newer backup kept.
    expect(prune).toContain(name('2026-11-08', '1200'));
  });

  it('keep the newest backup of each month for twelve months, and prune older ones', () => {
    const names = [
      name('2026-10-30'),
      name('2026-10-02'),
      name('2026-01-15'),
      name('2025-12-31'),
      name('2025-11-30'),
      name('2024-06-01'),
    ];
    const { keep, prune } = chooseGenerations(names, '2026-11-23');
    expect(keep).toEqual([name('2026-10-30'), name('2026-01-15'), name('2025-12-31')]);
    expect(prune).toEqual([name('2026-10-02'), name('2025-11-30'), name('2024-06-01')]);
  });

  it('tell backups apart within one minute and keep the newest of them', () => {
    const names = [
      name('2026-11-23', '1752'),
      name('2026-11-23', '1752', 2),
      name('2026-11-23', '1752', 3),
      name('2026-11-23', '1752', 4),
    ];
    expect(chooseGenerations(names, '2026-11-23').prune).toEqual([name('2026-11-23', '1752')]);
  });

  it('never name a file that is not a Waymark backup', () => {
    const others = [
      'thesis.docx',
      'waymark-2026-01-01-1000.wmbackup.tmp',
      '.waymark-2020-01-01-1000.wmbackup.abc.tmp',
      'waymark-notes.wmbackup',
      'Waymark-2020-01-01-1000.wmbackup',
    ];
    const { keep, prune } = chooseGenerations([...others, name('2019-01-01')], '2026-11-23');
    expect(prune).toEqual([name('2019-01-01')]);
    expect(keep).toEqual([]);
  });

  it('keep backups dated after today (a computer clock put right)', () => {
    expect(chooseGenerations([name('2027-01-01')], '2026-11-23').keep).toEqual([name('2027-01-01')]);
  });
});

describe('backup file names', () => {
  it('carry the UK local time and take a number when the minute is taken', () => {
    const summer = new Date('2026-07-01T16:52:10Z');
    expect(backupFileName(summer)).toBe('waymark-2026-07-01-1752.wmbackup');
    expect(backupFileName(summer, (candidate) => candidate === 'waymark-2026-07-01-1752.wmbackup')).toBe(
      'waymark-2026-07-01-1752-2.wmbackup',
    );
    expect(parseBackupFileName('waymark-2026-07-01-1752-2.wmbackup')).toEqual({
      name: 'waymark-2026-07-01-1752-2.wmbackup',
      date: '2026-07-01',
      time: '17:52',
      sequence: 2,
    });
  });
});
