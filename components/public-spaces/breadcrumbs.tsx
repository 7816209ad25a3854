import { Link } from '@/lib/i18n/navigation';

export type Crumb = { label: string; href?: string; lang?: string };

/** A breadcrumb trail; the last item is the current page (aria-current) and is not a link. */
export function Breadcrumbs({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="mb-4">
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-sm">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} lang={item.lang}>
              {isLast || !item.href ? (
                <span aria-current={isLast ? 'page' : undefined}>{item.label}</span>
              ) : (
                <Link href={item.href} className="text-brand-700 underline">
                  {item.label}
                </Link>
              )}
              {!isLast && <span aria-hidden="true"> ›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
