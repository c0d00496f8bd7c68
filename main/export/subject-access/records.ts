// Everything held on one person, as the subject-access documents receive it:
// rows per table (withheld text already replaced), the files, and the names
// the rows point to. Gathered from the vault by main/services/subject-access.

export type CollectedRecords = {
  tables: Record<string, Record<string, unknown>[]>;
  files: { path: string; bytes: Buffer }[];
  /** Names the records point to (schools, group sessions), so the readable copy can say them in words. */
  names: {
    organisations: Record<string, string>;
    groupSessions: Record<string, { heldOn: string; kind: string; title: string }>;
    /** The diary session each appointment was booked into: its day and organisation. */
    diarySessions: Record<string, { heldOn: string; organisation: string }>;
  };
};
