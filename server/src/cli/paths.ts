// Small path helpers shared by the CLI's modules: the host layer's (../host/fs.ts), one copy for
// every shell.
export { displayPath, formatFor, readErrorReason } from '../host/fs';
