import Link from "next/link";

const NAV = [
  { href: "/", label: "总览" },
  { href: "/#sectors", label: "各领域" },
  { href: "/methodology", label: "方法说明" },
];

export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-white no-underline">
          平城区发展目标进展
        </Link>
        <nav aria-label="主导航">
          <ul className="flex gap-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block px-2 py-2 text-white underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
