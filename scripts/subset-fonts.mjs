// Writes the Fira Sans faces the KERN tokens use (400, 500, 600) to public/fonts/, cut down to
// the characters German, English and Polish need. KERN ships full fonts of ~130 KB per face;
// the subsets are a fraction of that. Run with `npm run fonts` after updating @kern-ux/native;
// the output is committed so that builds stay fast and reproducible.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import subsetFont from 'subset-font';

const source = new URL('../node_modules/@kern-ux/native/dist/fonts/fira-sans/', import.meta.url);
const target = new URL('../public/fonts/', import.meta.url);

const faces = { 400: 'FiraSans-Regular', 500: 'FiraSans-Medium', 600: 'FiraSans-SemiBold' };

/** Characters in the given inclusive code point ranges. */
function range(from, to) {
  let text = '';
  for (let cp = from; cp <= to; cp += 1) text += String.fromCodePoint(cp);
  return text;
}

// Basic Latin, Latin-1 (umlauts, ß, ·), Latin Extended-A (Polish ą ć ę ł ń ś ź ż),
// general punctuation („“ – — … ‹›), the euro sign and the arrows used in links.
const characters =
  range(0x20, 0x7e) + range(0xa0, 0xff) + range(0x100, 0x17f) + range(0x2010, 0x2027) +
  range(0x2030, 0x203a) + '€→←↑↓✓×−';

await mkdir(target, { recursive: true });
for (const [weight, file] of Object.entries(faces)) {
  const font = await readFile(new URL(`${file}.woff2`, source));
  const subset = await subsetFont(font, characters, { targetFormat: 'woff2' });
  await writeFile(new URL(`fira-sans-${weight}.woff2`, target), subset);
  console.log(`fira-sans-${weight}.woff2: ${font.length} → ${subset.length} bytes`);
}
