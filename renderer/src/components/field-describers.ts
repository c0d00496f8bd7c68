// The ids that describe a field, in the order a screen reader should read them:
// the problem first, then the hint, then anything else (a form alert).

export function fieldDescribers(
  id: string,
  { hasError, hasHint, others = [] }: { hasError: boolean; hasHint: boolean; others?: string[] },
): string | undefined {
  const ids = [hasError ? `${id}-error` : null, hasHint ? `${id}-hint` : null, ...others].filter(
    (value): value is string => Boolean(value),
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}
