import { deckMetadata, WholeDeck } from "@/components/DeckPages";
import { getEdition, getDeck } from "@/lib/queries/queries";

export const metadata = deckMetadata("zh");

export default async function Page() {
  const [deck, edition] = await Promise.all([getDeck(), getEdition()]);
  return <WholeDeck lang="zh" deck={deck} edition={edition} />;
}
