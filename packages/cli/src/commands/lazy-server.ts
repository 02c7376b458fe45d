/**
 * Loads the `serve` and `worker` commands' work (../server-commands.ts) when one of them runs. In the bundle it is
 * its own file beside dist/osmose.js, which esbuild must not inline (its npm imports would load with every command):
 * the specifier is computed, so esbuild leaves the import to Node. From the sources (tsx) it is the TypeScript file.
 */
type ServerCommands = typeof import('../server-commands.js');

export async function loadServerCommands(): Promise<ServerCommands> {
  const file = import.meta.url.endsWith('.ts') ? '../server-commands.ts' : './server-commands.js';
  return (await import(new URL(file, import.meta.url).href)) as ServerCommands;
}
