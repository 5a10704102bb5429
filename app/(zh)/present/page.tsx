import { deckMetadata, WholeDeck } from "@/components/DeckPages";

export const metadata = deckMetadata("zh");

export default function PresentPage() {
  return <WholeDeck lang="zh" />;
}
