import { jsonResponse } from "@/app/_files/openDataFiles";
import { siteUrl } from "@/lib/links/siteUrl";
import { apiJsonSchema } from "@/lib/openApi/records";

export const dynamic = "force-static";

// The contract of every document under /api/v1 (lib/openApi/records.ts), as JSON Schema.
export function GET() {
  return jsonResponse(apiJsonSchema(siteUrl("/api/v1/schema.json")));
}
