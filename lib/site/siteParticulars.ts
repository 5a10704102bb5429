// The particulars a Chinese government website shows in its footer (政府网站发展指引, 国办发〔2017〕47号),
// from one committed file, data/site.csv (README: "Running the site as a government website"), which
// the reader validates with the rest of data/ and the loader puts in the store (lib/queries
// getSiteParticulars reads them back). Every item is optional: a build shows exactly the items the
// file sets, and the committed file sets none, because this site is not yet run by any government office.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readRows } from "../data/csv";
import type { DataError } from "../data/errors";

const text = z.string().trim().min(1).max(200, "must be at most 200 characters");
const https = z.url({ protocol: /^https$/, error: "must be a full https:// address" });

/** What each row's `value` must look like, by its `field`. */
const VALUE = {
  /** 主办单位: the office that runs the site, as its approval names it. */
  sponsor: text,
  /** 联系方式: a telephone number, an e-mail address or a postal address, as the sponsor gives it. */
  contact: text,
  /** 网站标识码: ten letters or digits, issued with the site's entry in the national register. */
  site_code: z.string().regex(/^[0-9A-Za-z]{10}$/, "must be the ten letters or digits of the 网站标识码 (e.g. 1402020001)"),
  /** ICP备案号, as MIIT's filing system issued it: 晋ICP备2024000001号 or 晋ICP备2024000001号-1. */
  icp: z.string().regex(/^\p{Script=Han}ICP备\d{4,12}号(?:-\d{1,3})?$/u, "must be an ICP filing number such as 晋ICP备2024000001号-1"),
  /** 公安机关备案号: 晋公网安备14020202000123号 (the fourteen digits are also the query code). */
  police: z.string().regex(/^\p{Script=Han}公网安备\s?\d{14}号$/u, "must be a public-security filing number such as 晋公网安备14020202000123号"),
  /** The 党政机关网站 mark: an image the operator saved under public/ (the site loads nothing from another site). */
  organ_mark_image: z
    .string()
    .regex(/^\/[\w./-]+\.(?:png|gif|svg|jpg|jpeg|webp)$/, "must be the address of an image saved in public/, e.g. /organ-mark.png")
    .refine((p) => !p.includes(".."), "must stay inside public/"),
  /** Where the mark links: the verification page its issuer gives with it. */
  organ_mark_url: https,
  /** The 我为政府网站找错 entry: the address the national error-report platform gives the site. */
  error_report_url: https,
} as const;

export type SiteField = keyof typeof VALUE;
export const SITE_FIELDS = Object.keys(VALUE) as SiteField[];
export type SiteParticulars = Partial<Record<SiteField, string>>;

const siteRow = z.object({
  field: z.enum(SITE_FIELDS, { error: `must be one of ${SITE_FIELDS.join(", ")}` }),
  value: z.string(),
});

/** Where MIIT's and the Ministry of Public Security's filing services look a number up. */
export const ICP_SERVICE = "https://beian.miit.gov.cn/";
export const policeServiceUrl = (police: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${police.replace(/\D/g, "")}`;

/**
 * Validates the text of a particulars file. `label` names it in errors (data/site.csv);
 * `imageExists` says whether the organ mark's image is saved under public/. Empty values mean "not set".
 */
export function parseSiteParticulars(csv: string, label: string, imageExists: (publicPath: string) => boolean):
  { ok: true; particulars: SiteParticulars } | { ok: false; errors: DataError[] } {
  const { rows, errors } = readRows(label, csv, siteRow);
  const particulars: SiteParticulars = {};
  const lineOf = new Map<SiteField, number>();
  for (const { field, value, line } of rows) {
    const first = lineOf.get(field);
    if (first !== undefined) {
      errors.push({ file: label, line, field, message: `set twice (first on line ${first})` });
      continue;
    }
    lineOf.set(field, line);
    if (value.trim() === "") continue;
    const parsed = VALUE[field].safeParse(value.trim());
    if (!parsed.success) errors.push({ file: label, line, field, message: parsed.error.issues[0].message });
    else particulars[field] = parsed.data;
  }
  const error = (field: SiteField, message: string, line = lineOf.get(field) ?? 0) => errors.push({ file: label, line, field, message });
  // The mark is an image with its link: one without the other would be a broken promise. (A field
  // whose value was refused above is not reported twice.)
  const unset = (field: SiteField) => !particulars[field] && !errors.some((e) => e.field === field);
  if (particulars.organ_mark_image && unset("organ_mark_url")) error("organ_mark_url", "must be set when organ_mark_image is", lineOf.get("organ_mark_image"));
  if (particulars.organ_mark_url && unset("organ_mark_image")) error("organ_mark_image", "must be set when organ_mark_url is", lineOf.get("organ_mark_url"));
  if (particulars.organ_mark_image && !imageExists(particulars.organ_mark_image))
    error("organ_mark_image", `public${particulars.organ_mark_image} does not exist: save the image the issuer gave there`);
  return errors.length ? { ok: false, errors } : { ok: true, particulars };
}

/** Reads and validates a particulars file; `publicDir` is where the organ mark's image must exist. */
export function readSiteParticulars(file: string, publicDir: string, label = "data/site.csv"):
  { ok: true; particulars: SiteParticulars } | { ok: false; errors: DataError[] } {
  if (!existsSync(file)) return { ok: false, errors: [{ file: label, line: 0, field: "-", message: "file is missing" }] };
  return parseSiteParticulars(readFileSync(file, "utf8"), label, (image) => existsSync(path.join(publicDir, image)));
}
