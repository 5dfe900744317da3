/**
 * Memoizes a selector on the identity of its inputs (the last call only), like reselect's default.
 * The store replaces objects on change, so reference equality is exactly "did this input change".
 */
export function createSelector<S, I extends unknown[], R>(
  inputs: (state: S) => [...I],
  compute: (...args: I) => R,
): (state: S) => R {
  let lastInputs: I | null = null;
  let lastResult: R;
  return (state) => {
    const next: I = inputs(state);
    if (
      lastInputs &&
      next.length === lastInputs.length &&
      next.every((v, i) => Object.is(v, lastInputs?.[i]))
    ) {
      return lastResult;
    }
    lastInputs = next;
    lastResult = compute(...next);
    return lastResult;
  };
}
