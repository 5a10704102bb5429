import { deckMetadata, WholeDeck } from "@/components/DeckPages";
import { getDatasetVersion, getDeck } from "@/lib/queries/queries";

export const metadata = deckMetadata("en");

export default async function Page() {
  const [deck, edition] = await Promise.all([getDeck(), getDatasetVersion()]);
  return <WholeDeck lang="en" deck={deck} edition={edition} />;
}
