// The spoken words of a subtitle file: WebVTT (.vtt) and SubRip (.srt) cues without their
// headers, numbers, timestamps, settings and markup. The result keeps every character of the
// cue text at its offset in the file (everything else becomes a space, line breaks stay), so a
// passage found in it has the file's own line numbers. Notes and press releases (.txt, .md,
// .docx as text) are used as they are, but for their speaker labels (below).

const TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}.*$/;

/** Source text for matching quotations, by the file's extension. */
export function transcriptText(path: string, raw: string): string {
  return transcriptSource(path, raw).text;
}

/** Who is speaking from where to where in a source's text. */
export interface SpeakerTurn {
  start: number;
  end: number;
  speaker: string;
}

/**
 * A source's text for matching, with its speakers' turns. Speaker labels are read as the
 * speaker, never as the words: "Amanda Price: We have listened …" (a name, or a role such as
 * "Reporter" or "Q", and a colon at the start of a line) and WebVTT voice tags ("<v Amanda
 * Price>") are blanked to spaces (offsets and lines stay the file's), and each opens a turn that
 * lasts until the next label.
 */
export function transcriptSource(path: string, raw: string): { text: string; turns: SpeakerTurn[] } {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  const voices: SpeakerTurn[] = [];
  const cued = ext === 'vtt' ? cueText(raw, 'vtt', voices) : ext === 'srt' ? cueText(raw, 'srt') : raw;
  const { text, turns } = speakerLabels(cued);
  return { text, turns: [...voices, ...turns].sort((a, b) => a.start - b.start) };
}

// "Amanda Price:", "ANDY BURNHAM:", "Joanne Kerr (campaign):", "Q:", "- Reporter:". At most five
// words: a sentence that happens to have a colon ("We said this: …") is not a label.
const LABEL =
  /^([ \t]*(?:[-–—•*][ \t]+)?)(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|al|bin|el|la|le|da|di|du)){0,4})((?:[ \t]*\([^()\r\n]{0,60}\))?[ \t]*:)(?=[ \t]|$)/gmu;
// Headings that end in a colon but name no speaker.
const NOT_SPEAKERS = new Set([
  'note',
  'notes',
  'update',
  'source',
  'sources',
  'statement',
  'transcript',
  'date',
  'time',
  'location',
  'subject',
  're',
  'fwd',
  'from',
  'to',
  'cc',
  'attendees',
  'present',
  'quote',
  'quotes',
  'background',
  'summary',
]);

function speakerLabels(text: string): { text: string; turns: SpeakerTurn[] } {
  const labels: { start: number; end: number; speaker: string }[] = [];
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text)) !== null) {
    const speaker = m[2]!;
    if (NOT_SPEAKERS.has(speaker.toLowerCase())) continue;
    const start = m.index + m[1]!.length;
    labels.push({ start, end: start + speaker.length + m[3]!.length, speaker });
  }
  if (labels.length === 0) return { text, turns: [] };
  let out = '';
  let at = 0;
  const turns: SpeakerTurn[] = [];
  labels.forEach((l, i) => {
    out += text.slice(at, l.start) + ' '.repeat(l.end - l.start);
    at = l.end;
    turns.push({ start: l.end, end: labels[i + 1]?.start ?? text.length, speaker: l.speaker });
  });
  return { text: out + text.slice(at), turns };
}

function cueText(raw: string, kind: 'vtt' | 'srt', voices?: SpeakerTurn[]): string {
  const out: string[] = [];
  const lines = raw.split(/(\r\n|\r|\n)/);
  // Blocks are separated by blank lines; in WebVTT, the header block and NOTE, STYLE and REGION
  // blocks carry no speech. A cue's text is the lines after its timing line.
  let inText = false;
  let skipBlock = false;
  let first = true;
  let offset = 0;
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
    if (keep && voices) {
      // "<v Amanda Price>We have listened …": the cue's words are that voice's turn.
      // "<v Name>", "<v.loud Name>": the class, if any, then the name.
      const voice = /<v([.\s][^<>]*)>/.exec(line);
      const speaker = voice?.[1]!.replace(/^\.\S*/, '').trim();
      if (speaker) voices.push({ start: offset, end: offset + line.length, speaker });
    }
    out.push(keep ? stripMarkup(line) : ' '.repeat(line.length), eol);
    offset += line.length + eol.length;
  }
  return out.join('');
}

// "<v Rami Abdel Rahman>", "<c.loud>", "<i>", "<00:00:01.000>", "{\an8}": blanked, same length.
function stripMarkup(line: string): string {
  // `[^<>]`, `[^{}]`: a tag ends before the next one opens. With `[^>]*` every unclosed "<" of a
  // long line scanned to its end: quadratic in a transcript line full of "<".
  return line
    .replace(/<[^<>]*>|\{\\[^{}]*\}/g, (m) => ' '.repeat(m.length))
    .replace(/&(?:amp|lt|gt|nbsp);/g, (m) => (m === '&amp;' ? '&' : m === '&lt;' ? '<' : m === '&gt;' ? '>' : ' ').padEnd(m.length, ' '));
}
