// Runs before the CMS module itself (entry.ts imports this file first, and imported modules run
// in import order). Sveltia CMS has no setting for its interface language: it follows the browser
// and then the editor's own choice, stored as `locale` in its preferences. Editors here work in
// German, so a first visit starts in German; a language picked later in the CMS settings stays.
const PREFS_KEY = 'sveltia-cms.prefs';
try {
  if (localStorage.getItem(PREFS_KEY) === null) localStorage.setItem(PREFS_KEY, JSON.stringify({ locale: 'de' }));
} catch {
  // Storage blocked: the CMS then follows the browser's language.
}

export {};
