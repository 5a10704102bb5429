// Statuses ("due", "not yet due") depend on the date they are computed on. Pages are prerendered, so
// that date is the build date, and the site says so. STATUS_DATE=YYYY-MM-DD pins it for a rebuild
// that must reproduce an earlier one.
export function statusDate(): Date {
  const pinned = process.env.STATUS_DATE;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T00:00:00Z`);
  return new Date();
}
