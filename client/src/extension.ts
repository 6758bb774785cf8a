// The VS Code client: starts the bundled language server (dist/server.js) over node IPC and adds
// what only an editor can do: snippet fixes, the sources list and a status-bar count. No
// telemetry and no network requests of any kind.
import * as path from 'node:path';
import { commands, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands, CONFIG_FILE, type InitializationOptions, type InsertSnippetArgs } from '../../server/src/lsp/protocol';
import { registerClaims } from './claims';
import { registerSourceMix } from './source-mix';
import { insertSnippet } from './snippet';
import { checkWorkspace } from './check-workspace';
import { showSources } from './show-sources';
import { createStatusItem } from './status';

let client: LanguageClient | undefined;

// V8's young generation at most 4 MB a semi-space instead of 16: the server's RSS with twenty
// 10,000-word documents open fell by about 20 MB for about 2% more CPU time (docs/performance.md).
// A flag V8 reads only when the process starts, so it is given here, where the server is started.
const SERVER_EXEC_ARGV = ['--max-semi-space-size=4'];

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const watcher = workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      // The config file itself, so that its errors show in it.
      { scheme: 'file', pattern: `**/${CONFIG_FILE}` },
    ],
    synchronize: { fileEvents: watcher, configurationSection: 'whosaid' },
    // A function, so that a restart (after the workspace is trusted) sends the current trust.
    initializationOptions: (): InitializationOptions => ({ snippetCommands: true, workspaceTrusted: workspace.isTrusted }),
    diagnosticCollectionName: 'whosaid',
    outputChannelName: 'WhoSaid',
  };
  client = new LanguageClient('whosaid', 'WhoSaid', serverOptions, clientOptions);
  const current = client;

  context.subscriptions.push(
    commands.registerCommand(Commands.insertSnippet, (args: InsertSnippetArgs) => insertSnippet(args)),
    commands.registerCommand(Commands.showSources, () => showSources(current)),
    commands.registerCommand(Commands.checkWorkspace, () => checkWorkspace(current)),
    commands.registerCommand('whosaid.restartServer', () => current.restart()),
    workspace.onDidGrantWorkspaceTrust(() => current.restart()),
    createStatusItem(),
  );
  await client.start();
  context.subscriptions.push(...registerClaims(current), ...registerSourceMix(current));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
