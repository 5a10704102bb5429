import Link from "next/link";
import { SiteChrome } from "@/components/SiteChrome";
import { listSectors } from "@/lib/queries";

// An unknown address is answered inside the root layout alone, so this page brings the site's
// header and footer itself.
export default async function NotFound() {
  const sectors = await listSectors();
  return (
    <SiteChrome>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">找不到这个页面</h1>
        <p>链接可能有误，或这项指标不存在。可以从总览或下面的领域重新查找。</p>
        <p>
          <Link href="/" className="inline-block py-2">返回总览</Link>
        </p>
        <ul className="list-disc pl-6">
          {sectors.map((s) => (
            <li key={s.slug}>
              <Link href={`/sectors/${s.slug}`} className="inline-block py-2">{s.nameZh}</Link>
            </li>
          ))}
        </ul>
      </div>
    </SiteChrome>
  );
}
