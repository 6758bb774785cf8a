// "WhoSaid: Check workspace": asks the server to check every file of the workspace folders. The
// server reports work-done progress, which VS Code shows as a notification with a Cancel button;
// the problems found appear in the Problems panel.
import { window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest } from '../../server/src/lsp/protocol';

export async function checkWorkspace(client: LanguageClient): Promise<void> {
  const r = await client.sendRequest(CheckWorkspaceRequest.type, {});
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  const summary = `${files(r.checked)} checked, ${files(r.withFindings)} with problems${r.skipped > 0 ? `, ${files(r.skipped)} skipped (see the WhoSaid output)` : ''}.`;
  void window.showInformationMessage(r.cancelled ? `WhoSaid: workspace check cancelled after ${summary}` : `WhoSaid: ${summary}`);
}
