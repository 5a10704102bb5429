// The build's first step: says whether this build is public (SITE_URL) or a local preview, and stops a
// build whose SITE_URL would write a private or insecure address into every page.
import { siteUrlProblem } from "../lib/links/siteUrl";

const value = process.env.SITE_URL;
if (!value) {
  console.warn(
    [
      "",
      "WARNING: SITE_URL is not set, so this build is a LOCAL PREVIEW.",
      "  Its canonical links, share links, QR codes, citations and embed codes point to http://localhost:3000,",
      "  and every page says it is a preview. For the public site: SITE_URL=https://your.domain npm run build",
      "",
    ].join("\n"),
  );
} else {
  const problem = siteUrlProblem(value);
  if (problem) {
    console.error(`Not built: ${problem}. Nothing was changed.`);
    process.exit(1);
  }
  console.log(`Building for ${value.replace(/\/+$/, "")}.`);
}
