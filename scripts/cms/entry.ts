// The browser entry of /admin/: bundled once per CMS version by scripts/cms/bundle.ts.
// Sveltia CMS has no setting for its interface language: it follows the browser and then the
// editor's own choice, stored as `locale` in its preferences. Editors here work in German, so a
// first visit starts in German; a language picked later in the CMS settings stays.
const PREFS_KEY = 'sveltia-cms.prefs';
try {
  if (localStorage.getItem(PREFS_KEY) === null) localStorage.setItem(PREFS_KEY, JSON.stringify({ locale: 'de' }));
} catch {
  // Storage blocked: the CMS then follows the browser's language.
}
// Loaded only after the preference is in place, because the CMS reads it as it starts.
const { default: CMS } = await import('@sveltia/cms');
CMS.init();

export {};
