// The browser entry of /admin/: bundled once per CMS version by scripts/cms/bundle.ts.
// The German preference must be in place before the CMS module runs: ./prefs.ts is imported
// first, and modules run in the order they are imported.
import './prefs.ts';
import CMS from '@sveltia/cms';

CMS.init();
