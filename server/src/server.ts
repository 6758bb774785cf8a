// The language server: LSP over stdio (`--stdio`), node IPC (`--node-ipc`) or a socket
// (`--socket=PORT`), a thin shell over the analysis core. Wiring only: each feature is a small
// module in ./lsp, and the analysis is the core's.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { Analyses, MAX_DOCUMENT_LENGTH } from './lsp/analyses';
import { codeActions, FIX_ALL_KIND } from './lsp/code-actions';
import { ConfigStore, uriToPath, type Folder } from './lsp/config';
import { debounceFrom, DiagnosticsPublisher } from './lsp/diagnostics';
import { describeError, guardNotification, guardRequest } from './lsp/guard';
import { hover } from './lsp/hover';
import { claims, ledger } from './lsp/claims';
import { sourceMix } from './lsp/source-mix';
import {
  CheckWorkspaceRequest,
  ClaimsRequest,
  CONFIG_FILE,
  LedgerRequest,
  ShowSourcesRequest,
  SourceMixRequest,
  type CheckWorkspaceResult,
  type ClaimItem,
  type InitializationOptions,
  type SourceItem,
  type SourceMixResult,
} from './lsp/protocol';
import { sources } from './lsp/sources';
import { WorkspaceChecker } from './lsp/workspace-check';
import { SOURCE_EXTENSIONS } from './host/source-files';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  console.log(version);
  process.exit(0);
}
if (args.includes('--help')) {
  console.log(
    'Usage: whosaid-language-server [--stdio | --node-ipc | --socket=PORT]\nThe WhoSaid language server. Without a transport it speaks LSP over stdio.',
  );
  process.exit(0);
}
// An editor that runs the bare command gets stdio, the common default of language servers.
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe=')) && !process.send) {
  process.argv.push('--stdio');
}

// Tests only (see server/src/test-hooks.ts): the production bundle drops the labelled statement,
// and the hooks with it (esbuild.mjs, dropLabels).
TEST_ONLY: if (process.env.WHOSAID_TEST_FAILING_RULES) (require('./test-hooks') as typeof import('./test-hooks')).applyTestHooks(process.env);

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logError = (message: string) => connection.console.error(message);
const log = (message: string) => connection.console.info(message);

let config: ConfigStore;
let analyses: Analyses;
let publisher: DiagnosticsPublisher;
let workspaceChecker: WorkspaceChecker;
let snippetCommands = false;
let documentChanges = false;
let watchDynamically = false;
let configurationDynamically = false;
let hasWorkspaceFolders = false;

// Log and carry on; if even logging fails, the connection is gone and so is the reason to run.
const lastResort = (what: string) => (error: unknown) => {
  try {
    logError(`${what}: ${describeError(error)}`);
  } catch {
    process.exit(1);
  }
};
process.on('uncaughtException', lastResort('Uncaught exception'));
process.on('unhandledRejection', lastResort('Unhandled rejection'));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  snippetCommands = options.snippetCommands === true;
  documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
  watchDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  configurationDynamically = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  hasWorkspaceFolders = capabilities.workspace?.workspaceFolders === true;
  const canPull = capabilities.workspace?.configuration === true;
  const trusted = options.workspaceTrusted !== false;

  config = new ConfigStore({
    fetchSettings: canPull ? (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: 'whosaid' }) : null,
    // A notification (window/showMessage), not a request: nothing waits on the user.
    showError: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }),
    log: logError,
    info: log,
    trusted,
  });
  const maxLength = typeof options.maxDocumentLength === 'number' && options.maxDocumentLength > 0 ? options.maxDocumentLength : MAX_DOCUMENT_LENGTH;
  const showWarning = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  analyses = new Analyses(config, logError, maxLength, showWarning);
  const debounceMs = debounceFrom(options.diagnosticsDebounceMs);
  publisher = new DiagnosticsPublisher(connection, documents, analyses, config, logError, debounceMs, showWarning);
  workspaceChecker = new WorkspaceChecker(connection, documents, config, maxLength, logError);
  if (!trusted) log(`Untrusted workspace: ${CONFIG_FILE} files are not read; user settings and the default rules apply.`);
  void config.setFolders(foldersOf(params.workspaceFolders, params.rootUri));

  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      experimental: {
        whosaid: {
          diagnosticsDebounceMs: debounceMs,
          showSources: ShowSourcesRequest.method,
          checkWorkspace: CheckWorkspaceRequest.method,
          maxDocumentLength: maxLength,
        },
      },
    },
    serverInfo: { name: 'whosaid', version },
  };
});

connection.onInitialized(
  guardNotification(logError, 'initialized', async () => {
    if (watchDynamically) {
      // The config files, and the documents a config's `sources` folders may hold (transcripts, notes):
      // a changed transcript changes which quotations quote-not-in-sources reports.
      const sourceFiles = `**/*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: sourceFiles }],
      });
    }
    if (configurationDynamically) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'whosaid' });
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guardNotification(logError, 'didChangeWorkspaceFolders', async () => {
          const folders = await connection.workspace.getWorkspaceFolders();
          await config.setFolders(foldersOf(folders, null));
          publisher.scheduleAll();
        }),
      );
    }
  }),
);

connection.onDidChangeConfiguration(
  guardNotification(logError, 'didChangeConfiguration', (params) => {
    config.settingsChanged(params.settings);
    publisher.scheduleAll();
  }),
);

connection.onDidChangeWatchedFiles(
  guardNotification(logError, 'didChangeWatchedFiles', async (params) => {
    const changed = await Promise.all(params.changes.filter((c) => config.isConfigFile(c.uri)).map((c) => config.reload(c.uri)));
    const sources = params.changes.filter((c) => !config.isConfigFile(c.uri)).map((c) => config.sourceChanged(c.uri));
    if (changed.some(Boolean) || sources.some(Boolean)) publisher.scheduleAll();
  }),
);

// Fired on open too: a document not yet published is analysed at once, later changes after the debounce.
documents.onDidChangeContent(guardNotification(logError, 'didChange', (event) => publisher.schedule(event.document.uri)));
documents.onDidClose(
  guardNotification(logError, 'didClose', (event) => {
    analyses.forget(event.document.uri);
    config.forget(event.document.uri);
    publisher.clear(event.document.uri);
    // A file a workspace check listed keeps its (saved) problems listed.
    return workspaceChecker.closed(event.document.uri);
  }),
);

/** The open prose document for a request, or null for an unknown document or a config file. */
function prose(uri: string): TextDocument | null {
  const document = documents.get(uri);
  return document && !config.isConfigFile(uri) ? document : null;
}

connection.onHover(
  guardRequest(logError, 'hover', null, async (params): Promise<Hover | null> => {
    const document = prose(params.textDocument.uri);
    return document ? hover(await analyses.get(document), params.position) : null;
  }),
);

connection.onCodeAction(
  guardRequest(logError, 'codeAction', [], async (params): Promise<CodeAction[]> => {
    const document = prose(params.textDocument.uri);
    return document ? codeActions(await analyses.get(document), params, { snippetCommands, documentChanges }) : [];
  }),
);

connection.onRequest(
  ShowSourcesRequest.type,
  guardRequest(logError, ShowSourcesRequest.method, [], async (params): Promise<SourceItem[]> => {
    const document = prose(params?.uri);
    return document ? sources(await analyses.get(document)) : [];
  }),
);

connection.onRequest(
  ClaimsRequest.type,
  guardRequest(logError, ClaimsRequest.method, [], async (params): Promise<ClaimItem[]> => {
    const document = prose(params?.uri);
    return document ? claims(await analyses.get(document)) : [];
  }),
);

connection.onRequest(
  SourceMixRequest.type,
  guardRequest(logError, SourceMixRequest.method, null, async (params): Promise<SourceMixResult | null> => {
    const document = prose(params?.uri);
    return document ? sourceMix(await analyses.get(document)) : null;
  }),
);

connection.onRequest(
  LedgerRequest.type,
  guardRequest(logError, LedgerRequest.method, '', async (params): Promise<string> => {
    const document = prose(params?.uri);
    const format = params?.format === 'json' || params?.format === 'md' ? params.format : 'csv';
    return document ? ledger(await analyses.get(document), params.path || params.uri, format) : '';
  }),
);

const NOTHING_CHECKED: CheckWorkspaceResult = { files: 0, checked: 0, withFindings: 0, skipped: 0, cancelled: false };
connection.onRequest(
  CheckWorkspaceRequest.type,
  guardRequest(logError, CheckWorkspaceRequest.method, NOTHING_CHECKED, (params, token) => workspaceChecker.run(params, token)),
);

connection.onShutdown(() => publisher?.dispose());

documents.listen(connection);
connection.listen();

function foldersOf(folders: WorkspaceFolder[] | null | undefined, rootUri: string | null): Folder[] {
  if (folders && folders.length > 0) return folders.map((f) => ({ uri: f.uri, name: f.name, path: uriToPath(f.uri) }));
  if (rootUri) return [{ uri: rootUri, name: rootUri.split('/').pop() ?? rootUri, path: uriToPath(rootUri) }];
  return [];
}
