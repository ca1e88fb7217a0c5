/**
 * Work over a whole list done once: the lists the views get from the
 * library (table-mirror.ts) are replaced when anything in them changes,
 * never changed in place, so a list that is the same array has the same
 * answer. Sorting 5,000 reports with the collator is then done once per
 * version of the library and order, not on every render or view change.
 */

/** `make`, remembered for each list (while it lives) and key; without a key, for each list. */
export function memoPerList<L extends object, V, K = void>(make: (list: L, key: K) => V): (list: L, key: K) => V {
  const kept = new WeakMap<L, Map<K, V>>();
  return (list, key) => {
    let byKey = kept.get(list);
    if (!byKey) kept.set(list, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, make(list, key));
    return byKey.get(key) as V;
  };
}
