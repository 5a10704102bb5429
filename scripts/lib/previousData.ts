// The data the site showed before the change an editor is checking: data/ as of the last commit
// (git), or, where there is no git history (an unpacked release), the current database. Used by
// `npm run data:check` and `npm run data:accept` to say what the change does to the site.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseFile } from "../../lib/data/databaseFile";
import { formatDataError } from "../../lib/data/errors";
import { readDataset } from "../../lib/data/readDataset";
import { readStoredStatusData } from "../../lib/data/storedData";
import type { ChangelogLine } from "../../lib/editor/changelog";
import type { StatusData } from "../../lib/editor/siteChanges";

export interface PreviousData {
  data: StatusData;
  /** The changelog's lines in file order, where the earlier data are a commit (the database keeps no lines). */
  updates?: ChangelogLine[];
  /** Said to the editor: what the change is compared against. */
  against: string;
  /** Why the last commit could not be used, when it could not. */
  note?: string;
}

export async function previousData(dataDir: string): Promise<PreviousData | null> {
  const committed = fromGit(dataDir);
  if (committed && "data" in committed) return committed;
  const database = await fromDatabase();
  return database && committed ? { ...database, note: committed.problem } : database;
}

function git(cwd: string, args: string[]): Buffer {
  return execFileSync("git", ["-C", cwd, ...args], { stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 });
}

/** data/ at HEAD, written to a scratch folder and read like the real one. */
function fromGit(dataDir: string): PreviousData | { problem: string } | null {
  let root: string;
  let commit: string;
  try {
    root = git(dataDir, ["rev-parse", "--show-toplevel"]).toString().trim();
    commit = git(dataDir, ["rev-parse", "--short", "HEAD"]).toString().trim();
  } catch {
    return null; // not a git checkout, or no commit yet
  }
  const relative = path.relative(root, path.resolve(dataDir)).split(path.sep).join("/");
  const files = git(root, ["ls-tree", "-r", "--name-only", "HEAD", "--", relative]).toString().split("\n").filter(Boolean);
  if (files.length === 0) return null;
  const scratch = mkdtempSync(path.join(os.tmpdir(), "data-at-head-"));
  try {
    for (const file of files) {
      const target = path.join(scratch, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, git(root, ["show", `HEAD:${file}`]));
    }
    const result = readDataset(path.join(scratch, relative));
    if (result.ok) {
      const updates = [...result.dataset.updates].sort((a, b) => a.line - b.line);
      return { data: result.dataset, updates, against: `data/ at the last commit (${commit})` };
    }
    // The checks may have grown since (a new file or column): the database is the next best.
    return { problem: `data/ at the last commit (${commit}) does not pass today's checks (${formatDataError(result.errors[0])})` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The figures and indicators of the database the site is built from. */
async function fromDatabase(): Promise<PreviousData | null> {
  const file = databaseFile();
  if (!existsSync(file)) return null;
  return { against: `the database ${path.relative(process.cwd(), file)}`, data: await readStoredStatusData(file) };
}
