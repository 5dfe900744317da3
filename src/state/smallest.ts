/**
 * The `count` smallest items by `compare`, sorted, as `[...items].sort(compare).slice(0, count)` would give
 * them (ties keep their order in `items`), in about one comparison per item rather than a full sort's
 * log n: a list that shows its first few hundred of tens of thousands needs no more.
 */
export function smallest<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count >= items.length) return [...items].sort(compare);
  const best: T[] = [];
  if (count <= 0) return best;
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    // After any equal ones, as a stable sort would put it.
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}
