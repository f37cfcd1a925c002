// The page shell around the app: the service worker and its update prompt,
// the offline indicator, and in a frame, the script that talks to the host
// page (web/embed.js).
// Plain script rather than Rust: none of it touches the rules, it must run
// before the wasm arrives, and every byte of the wasm counts (the size budget).
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);

  // Offline indicator: the app works either way; say so, so nobody waits for a network.
  var offline = document.getElementById('offline-banner');
  function showConnection() {
    offline.hidden = navigator.onLine;
  }
  addEventListener('online', showConnection);
  addEventListener('offline', showConnection);
  showConnection();

  // Service worker: only release builds name one (crates/release).
  var worker = root.getAttribute(NAMES.page.SERVICE_WORKER_ATTR);
  try {
    // Reading navigator.serviceWorker throws where storage is denied (some
    // sandboxed or third-party frames): then the page just works online.
    if (worker && navigator.serviceWorker) offerUpdates(navigator.serviceWorker);
  } catch (e) {
    // Nothing to undo: no worker, no update prompt.
  }

  // Embedding (docs/embedding.md): the background now, before the first
  // paint; the messages to the host page from a script of their own, which a
  // visit outside a frame never loads.
  if (params.get(NAMES.param.EMBED_BACKGROUND) === NAMES.element.TRANSPARENT) root.classList.add('transparent');
  if (params.get(NAMES.param.EMBED) === '1' && window.parent !== window) {
    // The look the host asked for, in the fragment, which the app's first
    // rewrite of the address drops: kept for embed.js.
    window[NAMES.page.LOOK_GLOBAL] = location.hash;
    var embed = document.createElement('script');
    embed.src = new URL(NAMES.page.EMBED_SCRIPT, document.currentScript.src).href;
    document.head.appendChild(embed);
  }
  function offerUpdates(container) {
    var banner = document.getElementById('update-banner');
    var waiting = null;
    var accepted = false;
    var offer = function (candidate) {
      // Without a controller this is the first install: nothing to replace.
      if (!candidate || !container.controller || typeof candidate.postMessage !== 'function') return;
      waiting = candidate;
      banner.hidden = false;
    };
    banner.querySelector('button').addEventListener('click', function () {
      accepted = true;
      if (waiting) waiting.postMessage({ type: NAMES.page.SKIP_WAITING });
    });
    if (typeof container.addEventListener === 'function') {
      container.addEventListener('controllerchange', function () {
        // Only the user's own "Reload" switches versions under a page.
        if (accepted) location.reload();
      });
    }
    // Browsers, privacy tools and test harnesses may block workers in ways
    // the standard does not foresee: register() throwing, rejecting, or
    // resolving to nothing. Each leaves the page working, just not offline.
    var watch = function (registration) {
      if (!registration || typeof registration.addEventListener !== 'function') return;
      offer(registration.waiting);
      registration.addEventListener('updatefound', function () {
        var installing = registration.installing;
        if (!installing) return;
        installing.addEventListener('statechange', function () {
          if (installing.state === 'installed') offer(installing);
        });
      });
    };
    var register = function () {
      try {
        Promise.resolve(container.register(worker)).then(watch, function () {
          // Offline or blocked by the host: the page still works, only not offline-ready.
        });
      } catch (e) {
        // register() itself threw: the same.
      }
    };
    // After the app's first screen is painted: the worker's start-up and
    // precaching must not compete with it for the network and the CPU.
    // (Trunk's start-up script sets wasmBindings, then fires the event.)
    var afterFirstPaint = function () {
      requestAnimationFrame(function () {
        setTimeout(register, 0);
      });
    };
    if (window.wasmBindings) afterFirstPaint();
    else addEventListener('TrunkApplicationStarted', afterFirstPaint, { once: true });
  }
})();
