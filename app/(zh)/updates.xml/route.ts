import { atomResponse } from "@/lib/sharing/atomResponse";

// /updates.xml: the Atom feed of the data's changelog, written once at build time (a static file).
export const dynamic = "force-static";

export function GET() {
  return atomResponse("zh");
}
