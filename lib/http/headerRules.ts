// headersFor (securityHeaders.ts) says what every address gets; servers and static hosts need it as
// rules on paths. headerRules turns it into few such rules for the files of a build: one rule for a
// whole folder where everything in it gets the same value, one for all the files directly in a folder
// or for all its subfolders where those agree, one per file only where files differ. Few, because
// Cloudflare Pages reads only the first 100 rules of _headers. The rules never overlap for a given
// header, because static hosts (Netlify, Cloudflare Pages) join the values of two rules that both
// match, which would break a CSP. Pure: the caller lists the files.

export type RuleScope =
  /** That one file ("/methodology.html"). */
  | "file"
  /** Everything under the folder, unknown addresses included ("/embed/" → /embed/*). */
  | "tree"
  /** Every address one level under the folder ("/en/" → /en/:name): its files and unknown names. */
  | "files"
  /** Everything under every folder one level under it ("/indicators/" → /indicators/:name/*). */
  | "subtrees";

export interface HeaderRule {
  /** A file, or a folder ending in "/". */
  path: string;
  scope: RuleScope;
  headers: Record<string, string>;
}

interface Folder {
  files: string[];
  folders: Map<string, Folder>;
}

function tree(files: string[]): Folder {
  const root: Folder = { files: [], folders: new Map() };
  for (const file of files) {
    const parts = file.split("/").slice(1);
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      if (!folder.folders.has(part)) folder.folders.set(part, { files: [], folders: new Map() });
      folder = folder.folders.get(part)!;
    }
    folder.files.push(file);
  }
  return root;
}

function allFiles(folder: Folder): string[] {
  return [...folder.files, ...[...folder.folders.values()].flatMap(allFiles)];
}

/** Whether an address of the scope's kind matches the rule, as nginx's maps and static hosts read it. */
export function ruleCovers(rule: Pick<HeaderRule, "path" | "scope">, address: string): boolean {
  if (rule.scope === "file") return address === rule.path;
  if (!address.startsWith(rule.path)) return false;
  const rest = address.slice(rule.path.length);
  if (rule.scope === "tree") return true;
  if (rule.scope === "files") return rest !== "" && !rest.includes("/");
  return /^[^/]+\//.test(rest);
}

const MIXED = Symbol("mixed");

/**
 * `files`: the address of every file of the build as served ("/sectors/economy.html",
 * "/api/v1/sectors"). A header a file does not get is "" in its rules (left out), so that a server
 * can tell it from an address no rule covers. `onlyForFiles(name, value)`: a value no rule may give
 * to a whole folder or level, since it must not reach an address the build has no file for. Rules
 * come out in a stable order: by path, folders before the files in them.
 */
export function headerRules(
  files: string[],
  headersOf: (pathname: string) => Record<string, string>,
  onlyForFiles: (name: string, value: string) => boolean = () => false,
): HeaderRule[] {
  const given = new Map(files.map((f) => [f, headersOf(f)]));
  const names = [...new Set([...given.values()].flatMap((h) => Object.keys(h)))];
  const headersByFile = new Map([...given].map(([f, h]) => [f, Object.fromEntries(names.map((name) => [name, h[name] ?? ""]))]));
  const rules = new Map<string, HeaderRule>();
  const add = (path: string, scope: RuleScope, name: string, value: string) => {
    const key = `${scope}:${path}`;
    if (!rules.has(key)) rules.set(key, { path, scope, headers: {} });
    rules.get(key)!.headers[name] = value;
  };

  for (const name of names) {
    /** The one value these files agree on, if they agree and it may cover a folder. */
    const agreed = (list: string[]) => {
      const values = new Set(list.map((f) => headersByFile.get(f)![name]));
      const [value] = values;
      return values.size === 1 && !onlyForFiles(name, value) ? value : MIXED;
    };
    const cover = (folder: Folder, path: string) => {
      const whole = agreed(allFiles(folder));
      if (whole !== MIXED) return add(path, "tree", name, whole);
      const direct = folder.files.length ? agreed(folder.files) : MIXED;
      if (direct !== MIXED) add(path, "files", name, direct);
      else for (const file of folder.files) add(file, "file", name, headersByFile.get(file)![name]);
      const subfolders = [...folder.folders];
      const below = subfolders.length > 1 ? agreed(subfolders.flatMap(([, sub]) => allFiles(sub))) : MIXED;
      if (below !== MIXED) return add(path, "subtrees", name, below);
      for (const [part, sub] of subfolders) cover(sub, `${path}${part}/`);
    };
    cover(tree(files), "/");
  }
  return [...rules.values()].sort((a, b) => (a.path === b.path ? a.scope.localeCompare(b.scope) : a.path < b.path ? -1 : 1));
}
