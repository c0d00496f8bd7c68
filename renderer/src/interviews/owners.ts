// Who an action belongs to, as typed in the interview ("client", "me" or a
// supporter's name: main reads the same words when it builds the plan).

export type OwnerChoice = 'client' | 'me' | 'supporter';

export const ownerChoiceLabels: Record<OwnerChoice, string> = {
  client: 'The client',
  me: 'Me (the adviser)',
  supporter: 'Someone supporting them',
};

export function ownerText(choice: OwnerChoice, supporterName: string): string {
  if (choice === 'client') return 'client';
  if (choice === 'me') return 'me';
  return supporterName.trim();
}

export function describeOwnerText(owner: string): string {
  const tidy = owner.trim();
  if (tidy === '' || /^(you|client)$/i.test(tidy)) return 'The client';
  if (/^(me|adviser|i)$/i.test(tidy)) return 'Me';
  return tidy;
}
