// Inline control in documents, through the CLI: whosaid-disable-next-line, whosaid-disable-line and
// whosaid-disable / whosaid-enable (all rules, or named ones; "-- reason" ends the list), as
// Markdown HTML comments and as plain-text lines (bare, after # or //); an unknown rule id is a
// finding of its own (invalid-directive) at the id, and a CI run fails on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempTree, whosaid } from './helpers';

const VAGUE = 'Flood water closed the bridge, according to some reports.';
const HEDGE = 'The bridge was reportedly damaged.';

/** [line, rule] of each diagnostic (1-based lines). */
async function found(file: string, text: string): Promise<[number, string][]> {
  const root = tempTree({ [file]: text });
  const r = await whosaid(['check', file, '--format', 'json', '--fail-on', 'never'], { cwd: root });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).files[0].diagnostics.map((d: { range: { start: { line: number } }; rule: string }) => [d.range.start.line + 1, d.rule]);
}

test('without directives, every sentence below is flagged (the baseline the other tests suppress from)', async () => {
  assert.deepEqual(await found('a.txt', [VAGUE, HEDGE, VAGUE].join('\n')), [
    [1, 'vague-source'],
    [2, 'hedged-report'],
    [3, 'vague-source'],
  ]);
});

test('markdown: HTML-comment directives, for the next line, their own line and a range', async () => {
  const text = [
    '# Bridge', //                                                   1
    '',
    '<!-- whosaid-disable-next-line vague-source -->', //            3
    VAGUE, //                                                        4 suppressed
    '',
    `${VAGUE} <!-- whosaid-disable-line -->`, //                     6 suppressed (all rules)
    '',
    '<!-- whosaid-disable-next-line hedged-report -->', //           8 names another rule:
    VAGUE, //                                                        9 still flagged
    '',
    '<!-- whosaid-disable hedged-report -->', //                     11
    `${HEDGE} ${VAGUE}`, //                                          12 hedge suppressed, vague not
    HEDGE, //                                                        13 suppressed
    '<!-- whosaid-enable hedged-report -->', //                      14
    HEDGE, //                                                        15 flagged again
    '',
    '<!-- whosaid-disable -->', //                                   17 everything off…
    `${HEDGE} ${VAGUE}`, //                                          18
    '<!-- whosaid-enable -->', //                                    19 …and on again
    VAGUE, //                                                        20
  ].join('\n');
  assert.deepEqual(await found('story.md', text), [
    [9, 'vague-source'],
    [12, 'vague-source'],
    [15, 'hedged-report'],
    [20, 'vague-source'],
  ]);
});

test('plain text: directives on lines of their own, bare or after # or //, with a "-- reason"', async () => {
  const text = [
    'whosaid-disable-next-line vague-source', //                                   1
    VAGUE, //                                                                      2 suppressed
    '# whosaid-disable hedged-report', //                                          3
    HEDGE, //                                                                      4 suppressed
    '// whosaid-enable', //                                                        5
    HEDGE, //                                                                      6 flagged
    'whosaid-disable-next-line vague-source, hedged-report -- quoting a notice', // 7
    `${HEDGE} ${VAGUE}`, //                                                        8 both suppressed
    '',
    'whosaid-disable-next-line', //                                                10 all rules, and the
    '', //                                                                         blank line is skipped
    `${HEDGE} ${VAGUE}`, //                                                        12 suppressed
    VAGUE, //                                                                      13 flagged
  ].join('\n');
  assert.deepEqual(await found('story.txt', text), [
    [6, 'hedged-report'],
    [13, 'vague-source'],
  ]);
});

test('an unknown rule id is reported as invalid-directive at the id (a warning, so CI fails); known ids beside it still apply', async () => {
  const root = tempTree({
    'story.md': ['<!-- whosaid-disable-next-line vague-sauce, hedged-report -->', `${HEDGE} ${VAGUE}`].join('\n'),
    'notes.txt': ['# whosaid-disable nonsense', VAGUE].join('\n'),
  });
  const r = await whosaid(['check', '.'], { cwd: root });
  assert.equal(r.status, 1);
  const lines = r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
  assert.deepEqual(
    lines.map((l) => l.split(' ').slice(0, 3).join(' ')),
    [
      'notes.txt:1:19: warning invalid-directive',
      'notes.txt:2:32: warning vague-source',
      'story.md:1:32: warning invalid-directive',
      'story.md:2:67: warning vague-source',
    ],
  );
  assert.match(lines[0]!, /Unknown rule “nonsense” in a whosaid directive: the known rules are vague-source, hedged-report, /);
  assert.match(lines[2]!, /Unknown rule “vague-sauce”/);
  // The JSON span is exactly the unknown id.
  const json = JSON.parse((await whosaid(['check', 'story.md', '--format', 'json'], { cwd: root })).stdout);
  const d = json.files[0].diagnostics[0];
  assert.equal(d.rule, 'invalid-directive');
  assert.equal('<!-- whosaid-disable-next-line vague-sauce, hedged-report -->'.slice(d.start, d.end), 'vague-sauce');
  // A directive naming only known rules adds no finding.
  assert.deepEqual(await found('x.md', ['<!-- whosaid-disable-next-line vague-source -->', VAGUE].join('\n')), []);
});
