import "./deck.css";

/** The deck covers the whole screen; the site's header and footer step aside (see deck.css). */
export default function PresentLayout({ children }: { children: React.ReactNode }) {
  return <div className="deck fixed inset-0 z-50 overflow-auto">{children}</div>;
}
