// Fails early, with the fix, when npm scripts would run on a Node.js that Astro refuses.
// The project pins Node 24 as a dependency; if its link in node_modules/.bin is broken,
// npm silently falls back to the machine's Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node.js ${process.versions.node} is too old for this project (needs >= 22.12).\n` +
      'The project brings its own Node 24 in node_modules/.bin/node. Fix: run `npm install` ' +
      '(or `npm ci`) again, then start commands through npm, e.g. `npm start`.',
  );
  process.exit(1);
}
