// The module host pages import: rules/licensing-rules.js (docs/javascript.md).
// wasm-bindgen's functions (licensing-rules-glue.js, from this crate), made
// safe to call before init() has finished: there, wasm-bindgen's own would
// throw a bare TypeError. The release steps (crates/release/src/modules.rs) put it beside the glue.
import start, * as glue from './licensing-rules-glue.js';

const NOT_READY = 'The rules are not loaded yet: call init() and wait for the promise it returns first.';
let ready = false;

/// Loads the rules. In a browser, with no argument, from beside this module;
/// elsewhere (Node, a build step) give the wasm's bytes, a Response or a
/// compiled WebAssembly.Module.
/// (wasm-bindgen's own form, { module_or_path }, is taken too.)
/// Resolves to nothing: wasm-bindgen's exports are not the module's API.
export default async function init(wasm) {
  const given = wasm !== null && typeof wasm === 'object' && 'module_or_path' in wasm;
  try {
    await start(wasm === undefined || given ? wasm : { module_or_path: wasm });
  } catch (cause) {
    // Loaded from a file where fetch() cannot read one (Node): say what to give instead.
    if (wasm !== undefined || !import.meta.url.startsWith('file:')) throw cause;
    throw new Error(
      "init(): this module was loaded from a file, and its wasm could not be fetched from beside it: give init() the wasm's bytes, " +
        "as in init(await readFile(new URL('./licensing-rules_bg.wasm', import.meta.url))).",
      { cause },
    );
  }
  ready = true;
}

/// init(), synchronously, from the wasm's bytes or a compiled module (or
/// wasm-bindgen's own form, { module }).
export function initSync(wasm) {
  const given = wasm !== null && typeof wasm === 'object' && 'module' in wasm;
  glue.initSync(given ? wasm : { module: wasm });
  ready = true;
}

/// Where a link or a state stands; before init() has finished, the error.
export function evaluate(query) {
  return ready ? glue.evaluate(query) : { kind: 'error', message: NOT_READY };
}

function loaded(name) {
  if (!ready) throw new Error(name + '(): ' + NOT_READY);
}

export function topics() {
  loaded('topics');
  return glue.topics();
}

export function link(state) {
  loaded('link');
  return glue.link(state);
}

export function checkKeyFormat(text) {
  loaded('checkKeyFormat');
  return glue.checkKeyFormat(text);
}

export function about() {
  loaded('about');
  return glue.about();
}
