// headersFor (securityHeaders.ts) says what every address gets; servers and static hosts need it as
// rules on paths. headerRules turns it into the fewest such rules for the files of a build: one rule
// for a whole folder where every file in it gets the same value, one per file only where files in a
// folder differ. The rules never overlap for a given header, because static hosts (Netlify,
// Cloudflare Pages) join the values of two rules that both match, which would break a CSP.
// Pure: the caller lists the files.

export interface HeaderRule {
  /** A folder ("/_next/", "/" for everything) or one file ("/api/v1/sectors", "/methodology.html"). */
  path: string;
  /** True when `path` is a folder and the rule covers everything under it, unknown addresses included. */
  folder: boolean;
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

/**
 * `files`: the address of every file of the build as served ("/sectors/economy.html",
 * "/api/v1/sectors"). Rules come out in a stable order: folders before the files in them.
 */
export function headerRules(files: string[], headersOf: (pathname: string) => Record<string, string>): HeaderRule[] {
  const headersByFile = new Map(files.map((f) => [f, headersOf(f)]));
  const names = [...new Set([...headersByFile.values()].flatMap((h) => Object.keys(h)))];
  const rules = new Map<string, HeaderRule>();
  const add = (path: string, folder: boolean, name: string, value: string) => {
    const key = `${folder}:${path}`;
    if (!rules.has(key)) rules.set(key, { path, folder, headers: {} });
    rules.get(key)!.headers[name] = value;
  };

  for (const name of names) {
    const cover = (folder: Folder, path: string) => {
      const values = new Set(allFiles(folder).map((f) => headersByFile.get(f)![name]));
      if (values.size === 1) {
        const [value] = values;
        if (value !== undefined) add(path, true, name, value);
        return;
      }
      for (const file of folder.files) {
        const value = headersByFile.get(file)![name];
        if (value !== undefined) add(file, false, name, value);
      }
      for (const [part, sub] of folder.folders) cover(sub, `${path}${part}/`);
    };
    cover(tree(files), "/");
  }
  return [...rules.values()].sort((a, b) => (a.path === b.path ? 0 : a.path < b.path ? -1 : 1));
}
