import { atomResponse } from "@/app/_files/updatesFeedFile";
import { listUpdates } from "@/lib/queries/queries";

// /updates.xml: the Atom feed of the data's changelog, written once at build time (a static file).
export const dynamic = "force-static";

export async function GET() {
  return atomResponse("zh", await listUpdates());
}
