import { deckMetadata, WholeDeck } from "@/components/DeckPages";

// The projector deck in English (our unofficial translation; figures keep their published digits).
export const metadata = deckMetadata("en");

export default function PresentPageEn() {
  return <WholeDeck lang="en" />;
}
