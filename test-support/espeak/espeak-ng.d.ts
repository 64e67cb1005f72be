// The `espeak-ng` npm package (Emscripten build) ships no types; this is the part the tests use.
declare module "espeak-ng" {
  interface ESpeakNgModule {
    FS: { readFile(path: string): Uint8Array };
  }
  const ESpeakNg: (options: { arguments: string[]; print?: (line: string) => void; printErr?: (line: string) => void }) => Promise<ESpeakNgModule>;
  export default ESpeakNg;
}
