/** What init() loads the rules from: an address, a Response, the wasm's bytes, or a compiled module. */
export type InitInput = RequestInfo | URL | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/** What initSync() loads the rules from: the wasm's bytes, or a compiled module. */
export type SyncInitInput = ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/**
 * Loads the rules; call it once, and wait for it, before the other functions.
 * In a browser, with no argument, from beside the module. From a file (Node, a
 * build step), give the wasm's bytes, a Response or a compiled module:
 * `init(await readFile(new URL('./licensing-rules_bg.wasm', import.meta.url)))`.
 * wasm-bindgen's own form, `{ module_or_path }`, is taken too.
 */
export default function init(
  wasm?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> },
): Promise<void>;

/** init(), at once, from the wasm's bytes or a compiled module (or wasm-bindgen's `{ module }`). */
export function initSync(wasm: SyncInitInput | { module: SyncInitInput }): void;
