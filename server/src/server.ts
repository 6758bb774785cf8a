// The language server: LSP over stdio or node IPC, a thin shell over the analysis core.
// (Being written.)
