// The VS Code client: starts the bundled language server. (Being written.)
export function activate(): void {}
export function deactivate(): void {}
