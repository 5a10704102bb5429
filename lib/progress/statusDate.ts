// Statuses ("due", "not yet due") depend on the day they are computed for. Pages are prerendered, so
// that day is fixed once per build: `npm run db:load` (the build's first step) stores it in the
// database, and every page reads it from there (lib/queries). A deadline passing changes a status
// only when the site is rebuilt, hence the daily rebuild in deploy/ (README, "Serving and deploying").
// STATUS_DATE=YYYY-MM-DD pins it for a rebuild that must reproduce an earlier one.

/** The day to compute statuses for: STATUS_DATE if set, else today (UTC). Read once, by db:load and data:check. */
export function statusDate(): Date {
  const pinned = process.env.STATUS_DATE;
  if (pinned !== undefined && pinned !== "") {
    const day = dayOf(pinned);
    if (!day) throw new Error(`STATUS_DATE must be a date written YYYY-MM-DD, not ${JSON.stringify(pinned)}`);
    return day;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A YYYY-MM-DD day as midnight UTC, or null when it is not a real calendar date. */
export function dayOf(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  // Date accepts 2026-02-30 as 2 March, so the day must survive a round trip unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? date : null;
}
