// The embedded store's file name inside its data folder, the same for the server, the
// CLI, backups and the tests that look at the folder.

export const STORE_FILE = 'newsgraph.grafeo';
