import { SpeakerPage, speakerMetadata } from "@/components/SpeakerPage";
import { getEdition, getDeck, listSources } from "@/lib/queries/queries";

export const metadata = speakerMetadata("en");

export default async function Page() {
  const [deck, edition, sources] = await Promise.all([getDeck(), getEdition(), listSources()]);
  return <SpeakerPage lang="en" deck={deck} edition={edition} sources={sources} />;
}
