/** The line above every English page: the English is ours, the Chinese is the authority. */
export function TranslationNote({ className = "mb-4" }: { className?: string }) {
  return (
    <p className={`${className} rounded bg-wash p-2 text-sm text-muted`}>
      This English version is our own unofficial translation. The Chinese page is the authority.
    </p>
  );
}
