// The sources index of one config: the documents of its `sources` folders (transcripts, notes,
// press releases) read from disk and indexed for quote-not-in-sources. The CLI reads it once per
// run; the language server keeps one per config file and tells it when a watched file changed,
// and it is read again on next use, its index rebuilt only when a document's text changed.
import * as path from 'node:path';
import { createQuoteSources, type QuoteSources, type SourceDocument } from '../analysis/quote-sources';
import { isInside } from '../confine';
import { readSourceFolders, sourcesRoot, SOURCE_EXTENSIONS } from './source-files';

export interface SourcesState {
  /** The documents read, paths relative to the config file's folder. */
  documents: SourceDocument[];
  /** Their index, for `analyze`; undefined when the config names no folders. */
  sources?: QuoteSources;
  /** Problems, each `PATH: REASON`, with PATH as given in the config. */
  errors: string[];
}

export class SourcesIndex {
  /** The folders as the config names them, resolved against its folder (lexically). */
  readonly folders: readonly string[];
  private state: SourcesState | null = null;
  private stale = true;

  constructor(
    private readonly entries: readonly string[],
    private readonly baseDir: string,
  ) {
    this.folders = entries.map((f) => path.resolve(baseDir, f));
  }

  /** Whether a file (absolute) is, or would be, one of the source documents. */
  covers(file: string): boolean {
    return this.folders.some((f) => isInside(file, f)) && (SOURCE_EXTENSIONS.includes(path.extname(file).toLowerCase()) || path.extname(file) === '');
  }

  /** A watched file changed: the documents are read again on next use. True when it concerns this index. */
  changed(file: string): boolean {
    if (!this.covers(file)) return false;
    this.stale = true;
    return true;
  }

  /** The documents and their index as they are on disk now (read again only after a change). */
  current(): SourcesState {
    if (!this.stale && this.state) return this.state;
    this.stale = false;
    if (this.entries.length === 0) return (this.state = { documents: [], errors: [] });
    const { documents, errors } = readSourceFolders(this.entries, this.baseDir, sourcesRoot(this.baseDir));
    const previous = this.state;
    // Nothing changed in the text (a file saved as it was, a touch): the index stands.
    if (previous?.sources && sameDocuments(previous.documents, documents)) return (this.state = { ...previous, errors });
    return (this.state = { documents, sources: createQuoteSources(documents), errors });
  }
}

function sameDocuments(a: readonly SourceDocument[], b: readonly SourceDocument[]): boolean {
  return a.length === b.length && a.every((d, i) => d.path === b[i]!.path && d.text === b[i]!.text);
}
