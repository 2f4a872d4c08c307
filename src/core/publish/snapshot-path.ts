/** The snapshot file's name next to the version `vN.algo.md`: `vN.outputs.json` (issue 15). */
export function snapshotPath(versionPath: string): string {
  return versionPath.replace(/\.algo\.md$/, '') + '.outputs.json';
}
