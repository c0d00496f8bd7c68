// What each roll column is read as, in the adviser's words.

const fieldLabels: Record<string, string> = {
  upn: 'UPN',
  surname: 'Surname',
  forename: 'Forename',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  yearGroup: 'Year group',
  tutorGroup: 'Tutor group',
  sendStatus: 'SEND status',
  hasPupilPremium: 'Pupil premium',
};

export function describeRollField(field: string | null): string {
  if (field === null) return 'Not used';
  return fieldLabels[field] ?? field;
}

/** "1.2 MB", for telling the adviser how big a refused file was. */
export function describeFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
