/**
 * Reads once per process (and status day) instead of once per request. React's cache() lasts one
 * request, and at build time every prerendered page is a request: on the 10× synthetic data set
 * each of 9,407 pages read every indicator again, 52 ms a page. The connection in lib/queries/db.ts reads the file
 * it opened for as long as the process lives, so a new `db:load` needs a rebuild and restart anyway
 * (the pages are prerendered). Results are shared between requests: callers must not mutate them.
 */
export function oncePerProcess<T>(read: (today: Date) => Promise<T>, today: () => Date): () => Promise<T> {
  let memo: { day: string; value: Promise<T> } | undefined;
  return () => {
    const date = today();
    const day = date.toISOString().slice(0, 10);
    if (memo?.day !== day) {
      const value = read(date);
      memo = { day, value };
      // A failed read is not remembered: the next request tries again.
      value.catch(() => {
        if (memo?.value === value) memo = undefined;
      });
    }
    return memo.value;
  };
}
