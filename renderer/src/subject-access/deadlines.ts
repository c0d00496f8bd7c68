// How far away a due date is, in whole days, said plainly.

function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

export function daysFrom(today: string, dueOn: string): number {
  return Math.round(dayNumber(dueOn) - dayNumber(today));
}

/** "12 days left", "Due today", "Overdue by 3 days". */
export function describeDaysLeft(today: string, dueOn: string): { text: string; isOverdue: boolean; isSoon: boolean } {
  const days = daysFrom(today, dueOn);
  if (days < 0) return { text: `Overdue by ${-days} ${-days === 1 ? 'day' : 'days'}`, isOverdue: true, isSoon: false };
  if (days === 0) return { text: 'Due today', isOverdue: false, isSoon: true };
  return { text: `${days} ${days === 1 ? 'day' : 'days'} left`, isOverdue: false, isSoon: days <= 7 };
}
