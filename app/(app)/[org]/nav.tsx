"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { usePathname } from "next/navigation";

/** badge: shown after the label and read with it (a count of things to do). */
export type NavItem = { href: string; label: string; exact?: boolean; badge?: ReactNode };

/** The module navigation; the current page is marked for screen readers too. */
export function Nav({ items, label = "Hoofdmenu", className = "nav" }: { items: NavItem[]; label?: string; className?: string }) {
  const pathname = usePathname();
  return (
    <nav className={className} aria-label={label}>
      {items.map((item) => {
        const current = item === currentItem(items, pathname);
        return (
          <Link key={item.href} href={item.href} aria-current={current ? "page" : undefined}>
            {item.label}
            {item.badge}
          </Link>
        );
      })}
    </nav>
  );
}

/** The item for the current path: an exact match, else the longest prefix (so sub-pages light their section). */
function currentItem(items: NavItem[], pathname: string): NavItem | undefined {
  const matches = items.filter((item) =>
    item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`),
  );
  return matches.sort((a, b) => b.href.length - a.href.length)[0];
}
