import "./deck.css";

/** The deck covers the whole screen. Its layouts are outside the (site) groups, so the site's header and footer are not on the page. */
export default function DeckFrame({ children }: { children: React.ReactNode }) {
  return <div className="deck fixed inset-0 z-50 overflow-auto">{children}</div>;
}
