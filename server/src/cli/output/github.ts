// GitHub Actions workflow commands, one line per finding, which the runner turns into
// annotations on the pull request's files:
//   ::warning file=drafts/a.md,line=3,col=56,endLine=3,endColumn=81,title=WhoSaid%3A vague-source::message
// error → error, warning → warning, information and hint → notice. Escaped as the runner's toolkit
// does (@actions/core): in the message % \r \n; in property values also : and ,.
import type { Severity } from '../../analysis/types';
import type { JsonError, JsonFile } from './json';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: [string, string | number][], message: string): string {
  return `::${name} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

/** One workflow command per diagnostic, joined by newlines ('' for none). */
export function formatGithub(file: JsonFile): string {
  return file.diagnostics
    .map((d) =>
      command(
        COMMAND[d.severity],
        [
          ['file', file.path],
          ['line', d.range.start.line + 1],
          ['col', d.range.start.character + 1],
          ['endLine', d.range.end.line + 1],
          ['endColumn', d.range.end.character + 1],
          ['title', `WhoSaid: ${d.rule}`],
        ],
        d.message,
      ),
    )
    .join('\n');
}

/** An input that could not be checked (or a rule that failed on it), as an error annotation. */
export function formatGithubError(error: JsonError): string {
  return command(
    'error',
    [
      ['file', error.path],
      ['title', 'WhoSaid'],
    ],
    error.message,
  );
}
