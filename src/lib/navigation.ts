/**
 * The main navigation: one list of sections, shared by header, footer and tests.
 */
import type { UiKey } from '../i18n';

/** A section of the site in the main navigation. */
export interface NavItem {
  /** Language-neutral path of the section, e.g. `/aktuelles/`. */
  path: string;
  /** Interface text key of its label. */
  label: UiKey;
}

/** The sections in the order they appear in the menu. */
export const mainNavigation: readonly NavItem[] = [
  { path: '/', label: 'nav.home' },
  { path: '/aktuelles/', label: 'nav.news' },
  { path: '/praevention/', label: 'nav.prevention' },
  { path: '/massnahmen/', label: 'nav.measures' },
  { path: '/zahlen/', label: 'nav.figures' },
  { path: '/befragung/', label: 'nav.survey' },
  { path: '/partnerschaft/', label: 'nav.partnership' },
  { path: '/kontakt/', label: 'nav.contact' },
  { path: '/suche/', label: 'nav.search' },
];

/**
 * The navigation item a page belongs to: the longest section path that starts the page's
 * path, so `/aktuelles/seite/2/` belongs to `/aktuelles/` and only `/` itself to Start.
 */
export function activeSection(path: string, items: readonly NavItem[] = mainNavigation): NavItem | undefined {
  return items
    .filter((item) => (item.path === '/' ? path === '/' : path.startsWith(item.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
