// The spoken words of a subtitle file: WebVTT (.vtt) and SubRip (.srt) cues without their
// headers, numbers, timestamps, settings and markup. The result keeps every character of the
// cue text at its offset in the file (everything else becomes a space, line breaks stay), so a
// passage found in it has the file's own line numbers. Notes and press releases (.txt, .md) are
// used as they are.

const TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}.*$/;

/** Source text for matching quotations, by the file's extension. */
export function transcriptText(path: string, raw: string): string {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'vtt') return cueText(raw, 'vtt');
  if (ext === 'srt') return cueText(raw, 'srt');
  return raw;
}

function cueText(raw: string, kind: 'vtt' | 'srt'): string {
  const out: string[] = [];
  const lines = raw.split(/(\r\n|\r|\n)/);
  // Blocks are separated by blank lines; in WebVTT, the header block and NOTE, STYLE and REGION
  // blocks carry no speech. A cue's text is the lines after its timing line.
  let inText = false;
  let skipBlock = false;
  let first = true;
  for (let k = 0; k < lines.length; k += 2) {
    const line = lines[k]!;
    const eol = lines[k + 1] ?? '';
    let keep = false;
    if (line.trim() === '') {
      inText = false;
      skipBlock = false;
    } else if (skipBlock) {
      keep = false;
    } else if (kind === 'vtt' && first && /^\uFEFF?WEBVTT\b/.test(line)) {
      skipBlock = true;
    } else if (kind === 'vtt' && !inText && /^(?:NOTE|STYLE|REGION)\b/.test(line)) {
      skipBlock = true;
    } else if (TIMING.test(line)) {
      inText = true;
    } else if (inText) {
      keep = true;
    }
    first = false;
    out.push(keep ? stripMarkup(line) : ' '.repeat(line.length), eol);
  }
  return out.join('');
}

// "<v Rami Abdel Rahman>", "<c.loud>", "<i>", "<00:00:01.000>", "{\an8}": blanked, same length.
function stripMarkup(line: string): string {
  // `[^<>]`, `[^{}]`: a tag ends before the next one opens. With `[^>]*` every unclosed "<" of a
  // long line scanned to its end: quadratic in a transcript line full of "<".
  return line.replace(/<[^<>]*>|\{\\[^{}]*\}/g, (m) => ' '.repeat(m.length)).replace(/&(?:amp|lt|gt|nbsp);/g, (m) => (m === '&amp;' ? '&' : m === '&lt;' ? '<' : m === '&gt;' ? '>' : ' ').padEnd(m.length, ' '));
}
