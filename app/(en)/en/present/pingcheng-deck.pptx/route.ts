import { deckFile } from "@/app/_files/deckFiles";

export const dynamic = "force-static";

export const GET = deckFile("en");
