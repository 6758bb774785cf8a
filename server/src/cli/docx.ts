// The .docx reader, bundled on its own into dist/docx.js with mammoth inside it and run as a
// child process only when a sources folder holds a Word file: nothing of it is loaded at start-up
// and the CLI and server bundles do not contain it. `node dist/docx.js FILE` prints the
// document's text (paragraphs on their own lines) to stdout; a file it cannot read exits 1 with
// the reason on stderr.
import * as fs from 'node:fs';
import mammoth from 'mammoth';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: docx.js FILE');
  const { value } = await mammoth.extractRawText({ buffer: fs.readFileSync(file) });
  // mammoth ends each paragraph with a blank line: one line per paragraph keeps "Name: words" turns apart.
  process.stdout.write(value.replace(/\n\n/g, '\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
