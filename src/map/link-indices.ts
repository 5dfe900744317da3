import type { Link } from '../data/index.ts';

/**
 * Calls `visit` with the index in `links` of every link of `subset`, in the subset's order. A filter keeps
 * the dataset's order, so one walk along `links` finds them all without a lookup; links in another order
 * are found through a map. Per-link data kept in arrays by dataset index is then read with no hashing.
 */
export function forEachLinkIndex(
  links: readonly Link[],
  subset: readonly Link[],
  visit: (index: number) => void,
): void {
  let cursor = 0;
  let indexOf: Map<Link, number> | null = null;
  for (const link of subset) {
    if (!indexOf) {
      while (cursor < links.length && links[cursor] !== link) cursor++;
      if (cursor < links.length) {
        visit(cursor++);
        continue;
      }
      indexOf = new Map(links.map((each, index) => [each, index]));
    }
    const index = indexOf.get(link);
    if (index !== undefined) visit(index);
  }
}
