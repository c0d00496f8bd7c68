// The lawful bases on which a client's information is disclosed.
export const lawfulBases = ['consent', 'legal-obligation', 'vital-interests', 'subject-access', 'portability'] as const;
export type LawfulBasis = (typeof lawfulBases)[number];
