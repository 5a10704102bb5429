import { atomResponse } from "@/app/_files/updatesFeedFile";
import { listUpdates } from "@/lib/queries/queries";

// /en/updates.xml: the Atom feed of the data's changelog, English around the Chinese entries.
export const dynamic = "force-static";

export async function GET() {
  return atomResponse("en", await listUpdates());
}
