/**
 * The real-editor scenarios of the WhoSaid extension, as data: fixture files, positions, expected texts and
 * fix titles. Two drivers read this one list:
 *   - test/e2e/whosaid.e2e.ts         code-server + Chromium, driven like a writer (keys, mouse, panels);
 *   - test/vscode/suite/extension.test.ts   @vscode/test-electron, through the VS Code API.
 * Change a fixture, a message or a fix title here and both follow.
 *
 * Positions are 1-based lines and columns, as VS Code shows them ("Ln 3, Col 72"); the API driver converts.
 * Scenarios run in order on one workspace (a temp copy of FIXTURES): later ones see the edits of earlier ones,
 * and the expected states below say so.
 *
 * No imports of vscode or playwright here: plain data and string helpers only.
 */

export const FIXTURES = 'test/e2e/fixtures/whosaid';
/** Markdown story: a vague report, a named source, a "claimed that", a hedge, a quotation with no speaker. */
export const STORY_MD = 'council-vote.md';
/** Plain-text story: a named source, a vague report, a "claimed that", a quotation with no speaker. */
export const STORY_TXT = 'harbour-storm.txt';
export const CONFIG = '.whosaidrc.json';

export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic as a person sees it: in the Problems panel (file, line, column, message) and under a squiggle (text). */
export interface ExpectedDiagnostic {
  code: string;
  severity: Severity;
  line: number;
  column: number;
  /** The document text under the squiggle (the diagnostic's range). */
  text: string;
  message: string;
}

export const MESSAGES = {
  vagueReports: 'Name the source, or cite the specific report or document: “some reports” does not tell the reader who is speaking.',
  loadedClaimed: 'Use the neutral “said”: “claimed” tells the reader what to think of the speaker.',
  hedgeReportedly: 'Name the source (“…, according to …”) or state what is known: “reportedly” hedges without saying who reported it.',
  quoteNoSpeaker: 'Say who said this: the quotation has no speaker in its sentence or the sentences beside it.',
} as const;

/** What the hover says about each rule: the rule's description ("Why: …"). */
export const RULE_EXPLANATIONS = {
  'vague-source': 'Attribution to a source the reader cannot identify ("according to some reports", "sources say", "experts believe").',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// The workspace as opened. `.whosaidrc.json` makes `loaded-verb` a warning (its default is a hint, which the
// Problems panel does not list), so the team's config is visibly in force from the start.
// ---------------------------------------------------------------------------------------------------------------

export const CONFIG_TEXT = '{\n  "rules": {\n    "loaded-verb": "warning"\n  }\n}\n';

const vagueMd: ExpectedDiagnostic = {
  code: 'vague-source',
  severity: 'warning',
  line: 3,
  column: 72,
  text: 'according to some reports',
  message: MESSAGES.vagueReports,
};
const loadedMd: ExpectedDiagnostic = { code: 'loaded-verb', severity: 'warning', line: 7, column: 23, text: 'claimed', message: MESSAGES.loadedClaimed };
const hedgeMd: ExpectedDiagnostic = { code: 'hedged-report', severity: 'warning', line: 9, column: 20, text: 'reportedly', message: MESSAGES.hedgeReportedly };
const quoteMd: ExpectedDiagnostic = {
  code: 'unattributed-quote',
  severity: 'warning',
  line: 11,
  column: 36,
  text: '"Nobody asked the people who ride the trams every day."',
  message: MESSAGES.quoteNoSpeaker,
};
const vagueTxt: ExpectedDiagnostic = {
  code: 'vague-source',
  severity: 'warning',
  line: 5,
  column: 1,
  text: 'According to some reports',
  message: MESSAGES.vagueReports,
};
const loadedTxt: ExpectedDiagnostic = { code: 'loaded-verb', severity: 'warning', line: 7, column: 8, text: 'claimed', message: MESSAGES.loadedClaimed };
const quoteTxt: ExpectedDiagnostic = {
  code: 'unattributed-quote',
  severity: 'warning',
  line: 9,
  column: 33,
  text: '"The whole harbour shook all night."',
  message: MESSAGES.quoteNoSpeaker,
};

/** Every WhoSaid diagnostic of each story when the workspace opens, in position order. */
export const INITIAL: Record<string, ExpectedDiagnostic[]> = {
  [STORY_MD]: [vagueMd, loadedMd, hedgeMd, quoteMd],
  [STORY_TXT]: [vagueTxt, loadedTxt, quoteTxt],
};

// ---------------------------------------------------------------------------------------------------------------
// 1. Open an article with a vague report: Problems panel + squiggle.
// ---------------------------------------------------------------------------------------------------------------

export const OPEN_VAGUE_REPORT = [
  { file: STORY_MD, vague: vagueMd },
  { file: STORY_TXT, vague: vagueTxt },
];

// ---------------------------------------------------------------------------------------------------------------
// 2. Hovers. `contains` is compared with the hover's plain text (see hoverPlainText for the API driver).
// ---------------------------------------------------------------------------------------------------------------

export const HOVERS = {
  /** Over the flagged words: the rule, its severity, the message and why (the rule's explanation). */
  flagged: {
    file: STORY_MD,
    at: { line: 3, column: 88 } as Position, // in "some reports"
    contains: [
      'WhoSaid · vague-source (warning)',
      MESSAGES.vagueReports,
      `Why: ${RULE_EXPLANATIONS['vague-source']}`,
      'Source\tKind\tCue',
      'some reports\tvague\taccording to',
    ],
  },
  /** Over an attributed sentence: who said it, what kind of source, the cue. */
  attributed: {
    file: STORY_MD,
    at: { line: 5, column: 27 } as Position, // in "delay"
    contains: ['Source\tKind\tCue', 'Mayor Ana Ruiz\tnamed\tsaid', 'Content: the delay would give residents more time to comment', 'How WhoSaid reads sources'],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 3. Quick fixes (Ctrl+.), applied in this order on STORY_MD. `before`/`after` are the whole line.
// ---------------------------------------------------------------------------------------------------------------

export interface QuickFixScenario {
  name: string;
  file: string;
  /** Where the cursor is put before Ctrl+. (inside the flagged words). */
  at: Position;
  code: string;
  title: string;
  /** Other fixes the menu offers for it (a subset check, so new fixes do not break the test). */
  alsoOffered: string[];
  line: number;
  before: string;
  after: string;
}

export const QUICK_FIXES: QuickFixScenario[] = [
  {
    name: 'loaded verb',
    file: STORY_MD,
    at: { line: 7, column: 25 },
    code: 'loaded-verb',
    title: 'Replace “claimed” with “said”',
    alsoOffered: ['Disable loaded-verb for this line'],
    line: 7,
    before: 'Councillor Tom Brandt claimed that the extension would double fares.',
    after: 'Councillor Tom Brandt said that the extension would double fares.',
  },
  {
    name: 'attribute hedge',
    file: STORY_MD,
    at: { line: 9, column: 22 },
    code: 'hedged-report',
    // Offered, never preferred: the writer picks the name knowingly.
    title: 'Attribute to Councillor Tom Brandt — only if they said it',
    alsoOffered: ['Attribute to Mayor Ana Ruiz — only if they said it', 'Insert “according to …”', 'Disable hedged-report for this line'],
    line: 9,
    before: 'The first plan was reportedly rejected in May.',
    after: 'The first plan was rejected in May, according to Councillor Tom Brandt.',
  },
];

/** STORY_MD's diagnostics after both fixes. */
export const AFTER_QUICK_FIXES: ExpectedDiagnostic[] = [vagueMd, quoteMd];

// ---------------------------------------------------------------------------------------------------------------
// 4. Typing a hedged sentence into STORY_MD, then deleting the hedge.
// ---------------------------------------------------------------------------------------------------------------

export const TYPING = {
  file: STORY_MD,
  /** The empty last line of the file (after the final newline). */
  at: { line: 12, column: 1 } as Position,
  /** A blank line, then the sentence: a paragraph of its own. */
  typed: '\nThe mayor reportedly resigned on Friday.',
  line: 13,
  sentence: 'The mayor reportedly resigned on Friday.',
  /** Within this many ms of the last keystroke the diagnostic must be shown. */
  maxLatencyMs: 2000,
  hedge: { code: 'hedged-report', severity: 'warning', line: 13, column: 11, text: 'reportedly', message: MESSAGES.hedgeReportedly } as ExpectedDiagnostic,
  /** Deleting the hedge: Backspace this many times with the cursor right after "reportedly ". */
  deleteAt: { line: 13, column: 22 } as Position,
  deleteCount: 'reportedly '.length,
  sentenceAfter: 'The mayor resigned on Friday.',
  /**
   * With the hedge gone the hedged-report warning disappears and nothing takes its place: the claim detector
   * does not find a resignation on a named day check-worthy enough to query (a figure would be: "Three people
   * died on Friday." is), so the story is back to its two standing warnings.
   */
  diagnosticsAfter: [vagueMd, quoteMd] as ExpectedDiagnostic[],
};

// ---------------------------------------------------------------------------------------------------------------
// 5. Editing .whosaidrc.json: a rule off, then broken JSON, then fixed again. No window reload in between.
// ---------------------------------------------------------------------------------------------------------------

export const CONFIG_EDITS = {
  file: CONFIG,
  ruleOff: {
    rule: 'vague-source',
    /** End of line 3, `    "loaded-verb": "warning"`. */
    at: { line: 3, column: 29 } as Position,
    typed: ',\n    "vague-source": "off"',
    text: '{\n  "rules": {\n    "loaded-verb": "warning",\n    "vague-source": "off"\n  }\n}\n',
    expected: {
      [STORY_MD]: TYPING.diagnosticsAfter.filter((d) => d.code !== 'vague-source'),
      [STORY_TXT]: [loadedTxt, quoteTxt],
    } as Record<string, ExpectedDiagnostic[]>,
  },
  /** A typo: the comma just typed is deleted again (Backspace with the cursor after it). */
  broken: {
    at: { line: 3, column: 30 } as Position,
    text: '{\n  "rules": {\n    "loaded-verb": "warning"\n    "vague-source": "off"\n  }\n}\n',
    /** The notification names the file, line and column, and says what WhoSaid does meanwhile. */
    notification: '.whosaidrc.json:4:5: invalid JSON: comma expected — using the default rules until it is fixed.',
    /** The same error, marked in the config file itself. */
    configDiagnostic: {
      code: '',
      severity: 'error',
      line: 4,
      column: 5,
      text: '"vague-source"',
      message: 'invalid JSON: comma expected. WhoSaid uses the default rules until this is fixed.',
    } as ExpectedDiagnostic,
    /** Meanwhile the default rules keep working: vague-source is back, loaded-verb is back to its default, a hint. */
    expected: {
      [STORY_MD]: TYPING.diagnosticsAfter,
      [STORY_TXT]: [vagueTxt, { ...loadedTxt, severity: 'hint' }, quoteTxt],
    } as Record<string, ExpectedDiagnostic[]>,
  },
  /** Typing the comma back: the file is valid again and the rule is off again. */
  fixed: {
    at: { line: 3, column: 29 } as Position,
    typed: ',',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 6. "WhoSaid: Show sources in this document" on STORY_TXT, and jumping to one.
// ---------------------------------------------------------------------------------------------------------------

export const SHOW_SOURCES = {
  file: STORY_TXT,
  commandId: 'whosaid.showSources',
  commandLabel: 'WhoSaid: Show sources in this document',
  title: 'Sources in harbour-storm.txt (3)',
  rows: [
    { label: 'port director Lina Okafor', description: 'named source · “said”', detail: 'The harbour reopened on Tuesday morning' },
    { label: 'some reports', description: 'vague source · “According to”', detail: 'two fishing boats sank at their moorings' },
    { label: 'Okafor', description: 'named source · “claimed”', detail: 'that the sea wall had held' },
  ],
  /** The row picked (index into rows): accepting it selects the attributed content. */
  pick: 2,
  selection: { start: { line: 7, column: 16 } as Position, end: { line: 7, column: 42 } as Position, text: 'that the sea wall had held' },
};

// ---------------------------------------------------------------------------------------------------------------
// 7. The Source Mix view in the WhoSaid sidebar, on STORY_TXT: the story's sources, each once, with the shares by
// kind; clicking a source shows where the story first names it; typing a new attribution updates it.
// The rows are the view's rendering of the server's `whosaid/sourceMix` for STORY_TXT (test/lsp/source-mix.test.ts
// checks the numbers over stdio): Lina Okafor named twice ("port director Lina Okafor said", "Okafor claimed"),
// "some reports" once. vague-source being off (scenario 5) changes no attribution.
// ---------------------------------------------------------------------------------------------------------------

export interface TreeRow {
  label: string;
  description: string;
}

export const SOURCE_MIX = {
  file: STORY_TXT,
  /** The activity-bar container (package.json viewsContainers) and the view in it. */
  container: 'WhoSaid',
  view: 'Source Mix',
  /** Sidebar width (px) for the screenshots: every row's description shows in full. */
  sidebarWidth: 440,
  /** The view's description, shown in its header. */
  description: '2 sources · 3 attributions',
  rows: [
    { label: 'Named', description: '67% · 1 source, 2 attributions' },
    { label: 'Lina Okafor', description: '2 attributions · 0 direct quotes' },
    { label: 'Anonymous', description: '0% · 0 sources, 0 attributions' },
    { label: 'Vague', description: '33% · 1 source, 1 attribution' },
    { label: 'some reports', description: '1 attribution · 0 direct quotes' },
    { label: 'Documents', description: '0% · 0 sources, 0 attributions' },
  ] as TreeRow[],
  /** Clicking this row selects where the story first names the source. */
  click: 'Lina Okafor',
  selection: { start: { line: 3, column: 42 } as Position, end: { line: 3, column: 67 } as Position, text: 'port director Lina Okafor' },
  /** Typed on the empty last line (after the final newline): a paragraph quoting her, by a pronoun. */
  typeAt: { line: 10, column: 1 } as Position,
  typed: '\n"We will rebuild," she said.',
  /** "she" is Lina Okafor: her third attribution, her first direct quote; still two sources. */
  descriptionAfter: '2 sources · 4 attributions',
  rowsAfter: [
    { label: 'Named', description: '75% · 1 source, 3 attributions' },
    { label: 'Lina Okafor', description: '3 attributions · 1 direct quote' },
    { label: 'Anonymous', description: '0% · 0 sources, 0 attributions' },
    { label: 'Vague', description: '25% · 1 source, 1 attribution' },
    { label: 'some reports', description: '1 attribution · 0 direct quotes' },
    { label: 'Documents', description: '0% · 0 sources, 0 attributions' },
  ] as TreeRow[],
};

// ---------------------------------------------------------------------------------------------------------------
// 8. Quotations checked against the reporter's transcripts, in a workspace of its own (TRANSCRIPT_FIXTURES): its
// .whosaidrc.json names the `transcripts` folder as sources; the draft's quotation differs from the interview.
// ---------------------------------------------------------------------------------------------------------------

export const TRANSCRIPT_FIXTURES = 'test/e2e/fixtures/transcripts';
export const TRANSCRIPT = {
  file: 'sea-wall.md',
  configText: '{\n  "sources": ["transcripts"]\n}\n',
  /** The one finding: the quotation (with its quotation marks), naming the transcript's file, line and speaker. */
  diagnostic: {
    code: 'quote-not-in-sources',
    severity: 'warning',
    line: 3,
    column: 44,
    text: '"will take the whole winter and most of the spring."',
    message:
      "Restore the source's wording, or check the quotation: transcripts/okafor-interview.txt:3 (Lina Okafor) has “will take the whole winter and the spring” (80% of the words the same).",
  } as ExpectedDiagnostic,
  /** Inside the quotation, for Ctrl+. */
  at: { line: 3, column: 60 } as Position,
  title: 'Restore the wording of transcripts/okafor-interview.txt',
  line: 3,
  before: 'Port director Lina Okafor said the repairs "will take the whole winter and most of the spring."',
  after: 'Port director Lina Okafor said the repairs "will take the whole winter and the spring."',
};

// ---------------------------------------------------------------------------------------------------------------
// Helpers shared by the drivers
// ---------------------------------------------------------------------------------------------------------------

/** A story's text with line `line` (1-based) replaced. */
export function replaceLine(text: string, line: number, newLine: string): string {
  const lines = text.split('\n');
  lines[line - 1] = newLine;
  return lines.join('\n');
}

/**
 * The plain text of a hover's Markdown, roughly as the hover widget renders it: no emphasis markers, links as
 * their text, list bullets and rules dropped, a table's cells separated by tabs as the browser's innerText
 * gives them. (The Chromium driver reads the rendered widget instead.)
 */
export function hoverPlainText(markdown: string): string {
  return markdown
    .replace(/^\|(?: :?-+:? \|)+$\n?/gm, '')
    .replace(/^\| (.*) \|$/gm, (_, cells: string) =>
      cells
        .split(/ (?<!\\)\| /)
        .map((c) => c.replace(/\\\|/g, '|'))
        .join('\t'),
    )
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/^---$/gm, '');
}

/** "warning 3:72 vague-source “according to some reports”": one line per diagnostic, for readable failures. */
export function describe(d: Pick<ExpectedDiagnostic, 'severity' | 'line' | 'column' | 'code'> & { text?: string }): string {
  return `${d.severity} ${d.line}:${d.column} ${d.code}${d.text !== undefined ? ` ${JSON.stringify(d.text)}` : ''}`;
}
