import { atomResponse } from "@/lib/sharing/atomResponse";

// /en/updates.xml: the Atom feed of the data's changelog, English around the Chinese entries.
export const dynamic = "force-static";

export function GET() {
  return atomResponse("en");
}
