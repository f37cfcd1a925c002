// The app in a frame (`embed=1`, docs/embedding.md): what it tells the page
// that framed it. Loaded by web/shell.js only in a frame, so a visit outside
// one never downloads it. Every message goes to one origin: the one the
// embedder named (`embed-origin`), else the origin of the page that framed
// this one; never a guess. Messages carry ids and the app's own sentences
// only: never what a reader typed (numbers, dates, keys).
//
//   licensing-check:height    { height }  the document's height, on every change
//   licensing-check:ready     { version } the app has started
//   licensing-check:start     {}          the start page is shown
//   licensing-check:question  { topic, question }
//   licensing-check:result    { topic, verdict, outcome }
//   licensing-check:notice    { notices } what the link asked for that could
//                                         not be used, for the developer: in a
//                                         frame, readers do not see it
//   licensing-check:cannot-start { reason } the app could not start
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var framer = originOf(document.referrer);
  var wanted = params.get('embed-origin');
  var target = targetOrigin(wanted);
  if (!target) return;
  var send = function (message) {
    window.parent.postMessage(message, target);
  };
  // A well-formed origin that is not the framing page's: every message would
  // be lost, and the frame stay at its first height. Say so where the
  // developer looks (this console shows in the host page's developer tools),
  // and to the framing page itself: the sentence names only the two origins.
  if (target !== '*' && framer && framer !== target) {
    var wrong =
      'embed-origin is ' + target + ', but the page framing this one is ' + framer +
      ': the app posts its height and events to ' + target + ' only. Set embed-origin to ' + framer +
      ' (or leave it out).';
    console.warn('licensing-check: ' + wrong);
    window.parent.postMessage({ type: 'licensing-check:notice', notices: [wrong] }, framer);
  }

  var last = -1;
  var post = function () {
    // The document's own height, not scrollHeight: that never shrinks below the frame.
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    send({ type: 'licensing-check:height', height: height });
  };
  new ResizeObserver(post).observe(root);
  post();

  // What the host may react to, read off the page's public hooks
  // (docs/deep-links.md): each told once, when it changes.
  var told = '';
  var noticed = '';
  var started = false;
  var stopped = false;
  var tell = function () {
    var cannot = document.getElementById('cannot-start');
    if (cannot && !stopped) {
      stopped = true;
      send({
        type: 'licensing-check:cannot-start',
        reason: window.WebAssembly ? 'download' : 'no-webassembly',
        message: cannot.firstChild.textContent.trim(),
      });
    }
    // Nothing of the app's screens before it has said it is ready.
    if (!started) return;
    var page = document.querySelector('body > .page');
    var result = page && page.querySelector('#result[data-verdict]');
    var question = page && page.querySelector('[data-question][data-topic]');
    var start = page && page.querySelector('[data-topic-link]');
    var message = result
      ? { type: 'licensing-check:result', topic: result.getAttribute('data-topic'), verdict: result.getAttribute('data-verdict'), outcome: result.getAttribute('data-outcome') }
      : question
        ? { type: 'licensing-check:question', topic: question.getAttribute('data-topic'), question: question.getAttribute('data-question') }
        : start
          ? { type: 'licensing-check:start' }
          : null;
    var key = message ? JSON.stringify(message) : '';
    if (key !== told) {
      told = key;
      if (message) send(message);
    }
    // The link's problems, which the app keeps from readers in a frame
    // (src/ui/frame.rs), one per line.
    var notices = root.getAttribute('data-host-notices') || '';
    if (notices !== noticed) {
      noticed = notices;
      if (notices) {
        notices.split('\n').forEach(function (notice) {
          console.warn('licensing-check: ' + notice);
        });
        send({ type: 'licensing-check:notice', notices: notices.split('\n') });
      }
    }
  };
  new MutationObserver(tell).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-outcome', 'data-question'],
  });
  var ready = function () {
    var version = document.querySelector('meta[name=version]');
    send({ type: 'licensing-check:ready', version: version ? version.content : null });
    started = true;
    tell();
  };
  // The app may have started before this script ran (Trunk's start-up
  // script sets wasmBindings, then fires the event).
  if (window.wasmBindings) ready();
  else addEventListener('TrunkApplicationStarted', ready, { once: true });
  tell();

  // The embedder's choice (an origin, or * only if it says so), else the
  // origin of the page that framed us. A value that is not an origin is
  // named by the app as a problem of the link and ignored, as if absent. The
  // form is the one the app accepts (EmbedOrigin::parse in the rules); a
  // default port (:443) is written away by the URL parser.
  function targetOrigin(wanted) {
    if (wanted === '*') return '*';
    var origin = wanted !== null && /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/.test(wanted) ? originOf(wanted) : null;
    return origin || framer;
  }
  function originOf(url) {
    try {
      var origin = new URL(url).origin;
      return origin === 'null' ? null : origin;
    } catch (e) {
      return null;
    }
  }
})();
