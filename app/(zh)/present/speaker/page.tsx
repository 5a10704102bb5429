import { SpeakerPage, speakerMetadata } from "@/components/SpeakerPage";
import { getEdition, getDeck, listSources } from "@/lib/queries/queries";

export const metadata = speakerMetadata("zh");

export default async function Page() {
  const [deck, edition, sources] = await Promise.all([getDeck(), getEdition(), listSources()]);
  return <SpeakerPage lang="zh" deck={deck} edition={edition} sources={sources} />;
}
