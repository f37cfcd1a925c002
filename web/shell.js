// The page shell around the app: the service worker and its update prompt,
// the offline indicator, and embedding (height, question and result messages
// to the host page).
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

  // Service worker: only release builds name one (scripts/build/post_build.py).
  var worker = root.getAttribute('data-service-worker');
  try {
    // Reading navigator.serviceWorker throws where storage is denied (some
    // sandboxed or third-party frames): then the page just works online.
    if (worker && navigator.serviceWorker) offerUpdates(navigator.serviceWorker);
  } catch (e) {
    // Nothing to undo: no worker, no update prompt.
  }

  // Embedding: see docs/embedding.md for the options and the message.
  if (params.get('embed-background') === 'transparent') root.classList.add('transparent');
  if (params.get('embed') !== '1' || window.parent === window) return;
  var target = targetOrigin(params.get('embed-origin'));
  if (!target) return;
  var last = -1;
  var post = function () {
    // The document's own height, not scrollHeight: that never shrinks below the frame.
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'licensing-check:height', height: height }, target);
  };
  new ResizeObserver(post).observe(root);
  post();

  // What the host may react to: a question shown, a result shown. Read off
  // the page's public hooks (docs/deep-links.md), ids only: never what was
  // typed (numbers, dates, keys).
  var told = '';
  var tell = function () {
    var result = document.querySelector('body > .page #result[data-verdict]');
    var question = document.querySelector('body > .page [data-question][data-topic]');
    var message = result
      ? { type: 'licensing-check:result', topic: result.getAttribute('data-topic'), verdict: result.getAttribute('data-verdict'), outcome: result.getAttribute('data-outcome') }
      : question
        ? { type: 'licensing-check:question', topic: question.getAttribute('data-topic'), question: question.getAttribute('data-question') }
        : null;
    var key = message ? JSON.stringify(message) : '';
    if (key === told) return;
    told = key;
    if (message) window.parent.postMessage(message, target);
  };
  new MutationObserver(tell).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-outcome', 'data-question'] });
  // The app may have started before this script ran: tell what it shows now.
  tell();

  // The embedder's choice (an origin, or * only if it says so), else the
  // origin of the page that framed us; never a guess. A value that is not an
  // origin is named by the app in a notice and ignored, as if absent. The form
  // is the one the app accepts (EmbedOrigin::parse in the rules); a default
  // port (:443) is written away by the URL parser.
  function targetOrigin(wanted) {
    if (wanted === '*') return '*';
    var origin = wanted !== null && /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/.test(wanted) ? originOf(wanted) : null;
    return origin || originOf(document.referrer);
  }
  function originOf(url) {
    try {
      var origin = new URL(url).origin;
      return origin === 'null' ? null : origin;
    } catch (e) {
      return null;
    }
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
      if (waiting) waiting.postMessage({ type: 'skip-waiting' });
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
