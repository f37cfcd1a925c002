// The page's first script, inlined into <head> by the release steps (crates/release/src/page.rs)
// (which fills in this build's file names and allows the script in the
// Content-Security-Policy by its hash). It starts, as early as the page
// allows, what the first screen waits for, so it overlaps with the rest of
// the page instead of following it:
//
// - the WebAssembly's compilation, as it downloads: window.licensingWasm,
//   which Trunk's start-up script hands to wasm-bindgen's init. (The
//   download itself is Trunk's preload, which the browser starts before any
//   script runs; this request matches it, integrity included, to reuse it.)
// - on a deep link (any query), the text pack: window.licensingTexts
//   (src/ui/texts.rs), a function that fetches it once, again after a
//   failure. Without a query it is fetched when the app asks, after the
//   start screen is up. With it, the later screens' code (src/ui/lazy.rs),
//   which a deep link's app waits for too: preloaded, so that the splitter's
//   loader, which asks for it once the wasm has started, takes the download
//   already under way.
//
// On a deep link it also marks the page (class deep-link on <html>, which
// style/main.css reads), so the start screen written into the page never
// shows in place of the question or result the app is about to draw. A link
// naming only a topic (?topic=kms) shows, in the start screen's place, the
// screen the build wrote for it (src/ui/prerender.rs), as soon as the page
// is parsed: from the page's data block of them (elements and text), built
// node by node as the app builds its own (never through an HTML parser),
// inert until the app takes over; a link naming a tool, as soon as its
// screen's file arrives. A screen that shows
// something counted from today is not written (the build's day is not the
// visitor's): those wait for the app.
(function () {
  var wasm = '__WASM_URL__';
  var integrity = '__WASM_INTEGRITY__';
  var root = document.documentElement;
  // A written screen for a link with answers is asked for first: its round
  // trip is what the screen waits for (what it is, is said below). Never in
  // a frame (embed=1), whose page differs.
  // A tool's screen too (the ids the build wrote a file for): tools are
  // rare links, and their long screens stay out of every other first visit.
  var link = /^\?topic=([a-z0-9-]+)((&[a-z0-9-]+=[a-z0-9-]+)*)$/.exec(location.search);
  var tool = link && !link[2] && '__TOOL_SCREENS__'.indexOf(link[1]) >= 0;
  var result =
    link && (link[2] || tool) && !/&embed=/.test(link[2])
      ? fetch(
          '__RESULTS_URL__' +
            (!link[2] || /=[0-9-]+(&|$)/.test(link[2])
              ? link[1]
              : NAMES.param.TOPIC + '=' + link[1] + '&' + link[2].slice(1).split('&').sort().join('&')) +
            '.json'
        ).then(function (response) {
          if (!response.ok) throw Error(response.status);
          return response.json();
        })
      : Promise.resolve();
  var download = function () {
    return fetch(wasm, { integrity: integrity, credentials: 'same-origin' });
  };
  // When the app cannot start (no WebAssembly in this browser, or its code
  // did not download or compile), the page says so and offers to try again,
  // and what it has written stops looking usable. Trunk's start-up script
  // calls this when init fails (crates/release/src/page.rs), and a module
  // script that does not load is caught here.
  var sandboxed = self.origin === 'null' && window.parent !== window;
  var stopped = (window[NAMES.page.STOPPED_GLOBAL] = function () {
    var say = function () {
      if (document.getElementById(NAMES.page.CANNOT_START_ID)) return;
      var note = document.createElement('p');
      // Outside any form: a plain button.
      var again = document.createElement('button');
      note.id = NAMES.page.CANNOT_START_ID;
      note.className = 'status-banner';
      note.setAttribute('role', 'alert');
      // In a frame whose sandbox gives it no origin, nothing can load, and
      // only the site that frames it can change that: no Try again.
      note.textContent =
        'This page could not start: ' +
        (sandboxed
          ? 'the frame it is shown in does not let it run, which only the site showing it can put right.'
          : (window.WebAssembly
              ? 'part of it did not download. Check your connection'
              : 'this browser does not run WebAssembly, or has it turned off. Turn it on or use another browser') +
            ', then try again. ');
      again.className = 'button button--small';
      again.textContent = 'Try again';
      again.onclick = function () {
        location.reload();
      };
      if (!sandboxed) note.appendChild(again);
      var written = document.getElementById(NAMES.page.PRERENDERED);
      if (written) {
        written.inert = true;
        written.style.opacity = 0.6;
      }
      document.querySelector('.app-status').appendChild(note);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', say);
    else say();
    // The start-up script waits on this for ever: nothing after it runs.
    return new Promise(function () {});
  });
  addEventListener(
    'error',
    function (event) {
      if (event.target.type === 'module') stopped();
    },
    true
  );
  // Framed without an origin (a page opened from a file has none either,
  // but is no frame) nothing of the app can load: say so at once.
  if (sandboxed) stopped();
  // If compiling while downloading fails (a server that does not send
  // application/wasm), init gets a plain download and its own fallback.
  // Without WebAssembly, say so now: init then waits for ever. A download
  // that fails is told as soon as it does, and so is never left unhandled
  // before the start-up script, which runs after the page is parsed, awaits it.
  (window[NAMES.page.WASM_GLOBAL] = !window.WebAssembly
    ? stopped()
    : WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(download()).catch(download)
      : download()
  ).catch(stopped);

  var texts;
  window[NAMES.page.TEXTS_GLOBAL] = function () {
    return (
      texts ||
      (texts = fetch('__TEXTS_URL__')
        .then(function (response) {
          if (!response.ok) throw Error(response.status);
          return response.text();
        })
        .catch(function (error) {
          texts = null;
          throw error;
        }))
    );
  };
  if (location.search) {
    root.classList.add(NAMES.page.DEEP_LINK);
    // Once a written result is in: until then it has the network to itself
    // but for the wasm, which the app needs first.
    var prefetch = function () {
      window[NAMES.page.TEXTS_GLOBAL]().catch(function () {});
      // As the loader's fetch() asks: same origin, no credentials beyond it.
      var parts = '__PARTS__';
      parts.forEach(function (part) {
        var link = document.createElement('link');
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
        link.href = part;
        document.head.appendChild(link);
      });
    };
    // (Whether or not there was one to fetch: a link the build wrote
    // nothing for gets a 404, caught here and below.)
    result.then(prefetch, prefetch);
  }

  // A link naming only a topic: its screen from the page's data; only a
  // tool: its screen as the build wrote it, named by the tool. A
  // link naming its answers by choices only (each value has a letter): its
  // screen as the build wrote it, named by the link with the answers in
  // alphabetical order (src/ui/prerender.rs file_stem), asked for at the
  // top. A screen counted from today was written as null: the app draws it.
  // A link with a number or a date, which only the rules can work out: what
  // the build wrote to show meanwhile, named by its topic (the topic and
  // its question, and that the answer is being worked out).
  if (!link) return;
  var build = function (node) {
    if (typeof node === 'string') return document.createTextNode(node);
    var element = document.createElement(node[0]);
    for (var name in node[1]) element.setAttribute(name, node[1][name]);
    for (var i = 2; i < node.length; i++) element.appendChild(build(node[i]));
    return element;
  };
  result
    .then(function (screen) {
      var show = function () {
        var holder = document.getElementById(NAMES.page.PRERENDERED);
        // The written start screen's main: the frame around it is every page's.
        var main = holder && holder.querySelector('main');
        if (!link[2] && !tool) {
          try {
            screen = JSON.parse(document.getElementById(NAMES.page.LINKED_SCREENS).textContent)[link[1]];
          } catch (error) {}
        }
        // (An id like "constructor" names no screen, but something all the same.)
        if (!main || !Array.isArray(screen)) return;
        main.replaceChildren(build(screen));
        // Inert until the app, which removes it, takes over.
        holder.inert = true;
        root.classList.remove(NAMES.page.DEEP_LINK);
      };
      if (document.readyState !== 'loading') show();
      else document.addEventListener('readystatechange', show, { once: true });
    })
    .catch(function () {});
})();
