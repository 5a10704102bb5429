/**
 * Reads once per process instead of once per request. React's cache() lasts one request, and at
 * build time every prerendered page is a request: on the 10× synthetic data set each of 9,407 pages
 * read every indicator again, 52 ms a page. The database is built once per build and never changes
 * under a running build (the status date is in it, too: lib/progress/statusDate.ts), so nothing here
 * needs to expire. Results are shared between requests: callers must not mutate them.
 */
export function oncePerProcess<T>(read: () => Promise<T>): () => Promise<T> {
  let memo: Promise<T> | undefined;
  return () => {
    if (!memo) {
      const value = read();
      memo = value;
      // A failed read is not remembered: the next request tries again.
      value.catch(() => {
        if (memo === value) memo = undefined;
      });
    }
    return memo;
  };
}
