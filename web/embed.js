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
//   licensing-check:cannot-start { reason, message } the app could not start
//
// And the look the host asked for (scheme, colours, font, corners: the link's
// fragment), applied with contrast kept by crates/look's arithmetic
// (look.wasm), loaded only then; and the host's addresses for the resources
// the FAQ names (the same fragment), set on their names.
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  // The host's setup lives in the frame's own address: the fragment (the look
  // and the resources' addresses, which the shell kept) and the origin of the
  // page that framed it, kept there too: after a reload (the app's own, for a
  // new version or Try again, or the reader's) document.referrer is the
  // frame's own address, not the host page's.
  var FRAMED_BY = NAMES.page.FRAMED_BY;
  var setup = new URLSearchParams((window[NAMES.page.LOOK_GLOBAL] || '').replace(/^#/, ''));
  // The referrer first: a copied address may carry another page's framed-by;
  // after a reload the referrer is this frame's own origin, then the kept one counts.
  var referred = originOf(document.referrer);
  var framer = referred && referred !== location.origin ? referred : originOf(setup.get(FRAMED_BY)) || referred;
  var wanted = params.get(NAMES.param.EMBED_ORIGIN);
  var target = targetOrigin(wanted);
  // (With nobody to tell, the look still applies, and the console hears.)
  var send = function (message) {
    if (target) window.parent.postMessage(message, target);
  };
  // What the host's setup asked for that could not be used, for its
  // developer (docs/embedding.md, the codes under "Events"): each { code, severity, message },
  // in the console once (this frame's console shows in the host page's
  // developer tools; the element does not repeat it) and to the host page.
  var notice = function (code, severity, message) {
    return { code: code, severity: severity, message: message };
  };
  var noticeOf = function (notices) {
    notices.forEach(function (n) {
      console.warn(NAMES.element.NAME + ': ' + n.message);
    });
    var messages = notices.map(function (n) {
      return n.message;
    });
    return { type: NAMES.message.NOTICE, notices: messages, details: notices };
  };
  var say = function (notices) {
    if (notices.length) send(noticeOf(notices));
  };

  // The app writes its address without a fragment: every address it writes
  // gets the setup back, so that a reload starts as the host set it up.
  var fragment = '';
  var keep = function (given) {
    var kept = new URLSearchParams(given.replace(/^#/, ''));
    kept.delete(FRAMED_BY);
    if (framer) kept.set(FRAMED_BY, framer);
    fragment = kept.toString();
  };
  var withSetup = function (url) {
    var address = new URL(url, location.href);
    address.hash = fragment;
    return address.href;
  };
  ['pushState', 'replaceState'].forEach(function (name) {
    var write = history[name].bind(history);
    history[name] = function (state, title, url) {
      return write(state, title, url === undefined || url === null ? url : withSetup(url));
    };
  });
  keep(window[NAMES.page.LOOK_GLOBAL] || '');
  history.replaceState(history.state, '', location.href);

  // The host's own addresses for the resources the FAQ names, by option
  // (`link-<resource id>`, docs/embedding.md): { option: { id, name } }, which
  // the build writes from crates/rules/src/resources.rs.
  var RESOURCE_LINKS = '__RESOURCE_LINKS__';
  var addresses = {};
  // A result says how to find each resource it sends the reader to (an
  // element with data-resource); where the host gave an address, a link to it
  // follows, opening beside the check, never in its frame.
  var linkResources = function () {
    [].forEach.call(document.querySelectorAll('[' + NAMES.attr.RESOURCE + ']'), function (item) {
      var id = item.getAttribute(NAMES.attr.RESOURCE);
      var link = item.querySelector('a.' + NAMES.page.RESOURCE_LINK);
      var address = addresses[id] && addresses[id].address;
      if (link && link.getAttribute('href') === address) return;
      if (link) link.remove();
      if (!address) return;
      link = document.createElement('a');
      link.className = NAMES.page.RESOURCE_LINK;
      link.href = address;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = 'Go to the ' + addresses[id].name;
      item.append(' ', link);
    });
  };
  new MutationObserver(linkResources).observe(document.body, { childList: true, subtree: true });

  // The look the host asked for (docs/embedding.md), from the link's
  // fragment, which the shell kept.
  var from = document.currentScript.src;
  var looks = 0;
  var lookFrom = function (fragment) {
    var options = new URLSearchParams(fragment.replace(/^#/, ''));
    var look = new URLSearchParams();
    var told = [];
    addresses = {};
    options.forEach(function (value, name) {
      if (name === FRAMED_BY) return;
      if (!RESOURCE_LINKS.hasOwnProperty(name)) return look.append(name, value);
      var address = addressOf(value);
      var resource = RESOURCE_LINKS[name];
      if (address) addresses[resource.id] = { address: address, name: resource.name };
      else told.push(notice(NAMES.notice.RESOURCE_LINK, NAMES.severity.WARNING, name + ' “' + value.slice(0, 40) + '” is not an http: or https: address: ignored.'));
    });
    linkResources();
    say(told);
    looks += 1;
    // What an earlier look set goes (the host changed its attributes).
    root.style.cssText = '';
    if (badges.rule) badges.rule.style.cssText = '';
    if (look.toString()) applyLook(look, looks);
  };
  lookFrom(window[NAMES.page.LOOK_GLOBAL] || '');
  // The element sets a new look as a new fragment of the same link.
  addEventListener('hashchange', function () {
    if (!location.hash) return;
    lookFrom(location.hash);
    keep(location.hash);
    history.replaceState(history.state, '', location.href);
  });
  if (!target) return;
  // A well-formed origin that is not the framing page's: every message would
  // be lost, and the frame stay at its first height. Say so where the
  // developer looks (this console shows in the host page's developer tools),
  // and to the framing page itself: the sentence names only the two origins.
  if (target !== '*' && framer && framer !== target) {
    var wrong =
      NAMES.param.EMBED_ORIGIN + ' is ' + target + ', but the page framing this one is ' + framer +
      ': the app posts its height and events to ' + target + ' only. Set ' + NAMES.param.EMBED_ORIGIN + ' to ' + framer +
      ' (or leave it out).';
    window.parent.postMessage(noticeOf([notice(NAMES.notice.EMBED_ORIGIN, NAMES.severity.ERROR, wrong)]), framer);
  }

  var last = -1;
  var post = function () {
    // The document's own height, not scrollHeight: that never shrinks below the frame.
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    send({ type: NAMES.message.HEIGHT, height: height });
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
    var cannot = document.getElementById(NAMES.page.CANNOT_START_ID);
    if (cannot && !stopped) {
      stopped = true;
      send({
        type: NAMES.message.CANNOT_START,
        reason: self.origin === 'null' ? NAMES.cannotStart.SANDBOX : window.WebAssembly ? NAMES.cannotStart.DOWNLOAD : NAMES.cannotStart.NO_WEBASSEMBLY,
        severity: NAMES.severity.ERROR,
        message: cannot.firstChild.textContent.trim(),
      });
    }
    // Nothing of the app's screens before it has said it is ready.
    if (!started) return;
    var page = document.querySelector('body > .page');
    var result = page && page.querySelector('#' + NAMES.page.RESULT_ID + '[' + NAMES.attr.VERDICT + ']');
    var question = page && page.querySelector('[' + NAMES.attr.QUESTION + '][' + NAMES.attr.TOPIC + ']');
    var start = page && page.querySelector('[' + NAMES.attr.TOPIC_LINK + ']');
    var message = result
      ? {
          type: NAMES.message.RESULT,
          topic: result.getAttribute(NAMES.attr.TOPIC),
          verdict: result.getAttribute(NAMES.attr.VERDICT),
          outcome: result.getAttribute(NAMES.attr.OUTCOME),
        }
      : question
        ? { type: NAMES.message.QUESTION, topic: question.getAttribute(NAMES.attr.TOPIC), question: question.getAttribute(NAMES.attr.QUESTION) }
        : start
          ? { type: NAMES.message.START }
          : null;
    var key = message ? JSON.stringify(message) : '';
    if (key !== told) {
      told = key;
      if (message) send(message);
    }
    // The link's problems, which the app keeps from readers in a frame
    // (src/ui/frame.rs), one per line.
    var notices = root.getAttribute(NAMES.page.HOST_NOTICES) || '';
    if (notices !== noticed) {
      noticed = notices;
      if (notices) {
        say(notices.split('\n').map(function (line) {
          return notice(NAMES.notice.LINK, NAMES.severity.WARNING, line);
        }));
      }
    }
  };
  new MutationObserver(tell).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [NAMES.attr.OUTCOME, NAMES.attr.QUESTION],
  });
  var ready = function () {
    var version = document.querySelector('meta[name=' + NAMES.page.VERSION_META + ']');
    send({ type: NAMES.message.READY, version: version ? version.content : null });
    started = true;
    tell();
  };
  // The app may have started before this script ran (Trunk's start-up
  // script sets wasmBindings, then fires the event).
  if (window.wasmBindings) ready();
  else addEventListener('TrunkApplicationStarted', ready, { once: true });
  tell();

  // Applies the look: every value checked and set through the CSSOM as the
  // module (look.wasm, crates/look) gives it back, never as CSS text; each
  // colour at WCAG AA against what it sits on (4.5:1 for text, 3:1 for
  // borders and focus), moved to the nearest colour that is when it is not;
  // the host told what was ignored or changed.
  function applyLook(look, which) {
    var SCHEME = NAMES.look.SCHEME;
    var FONT = NAMES.look.FONT;
    var RADIUS = NAMES.look.RADIUS;
    var OPTIONS = {};
    [SCHEME, NAMES.look.ACCENT, NAMES.look.BACKGROUND, NAMES.look.TEXT, FONT, RADIUS].forEach(function (option) {
      OPTIONS[option] = 1;
    });
    // The page's colours of text (style/main.css's custom properties), which the look keeps readable.
    var VERDICTS = ['eligible', 'not-eligible', 'conditional'];
    var TEXTS = ['text', 'muted', 'accent', 'error'].concat(VERDICTS);
    var told = [];
    var asked = {};
    look.forEach(function (value, name) {
      if (!OPTIONS[name]) {
        told.push(notice(NAMES.notice.LOOK, NAMES.severity.WARNING, '“' + name.slice(0, 40) + '” is not a look option (' + Object.keys(OPTIONS).join(', ') +
          ') nor the address of a resource (' + Object.keys(RESOURCE_LINKS).join(', ') + '): ignored.'));
      }
      else if (!(name in asked)) asked[name] = value;
    });
    if (SCHEME in asked && !/^(light|dark|auto)$/.test(asked[SCHEME])) {
      told.push(notice(NAMES.notice.LOOK, NAMES.severity.WARNING, SCHEME + ' “' + asked[SCHEME].slice(0, 40) + '” is not light, dark or auto: ignored.'));
      delete asked[SCHEME];
    }
    var tell = function () {
      say(told);
    };
    // A server that sends look.wasm as another type than application/wasm
    // (which streaming compilation needs) still gets the look, and its
    // developer is told the type, the cause.
    var cameAs = null;
    fetch(new URL(NAMES.page.LOOK_MODULE, from))
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        var type = (response.headers.get('content-type') || '').split(';')[0].trim();
        if (type === 'application/wasm') return WebAssembly.instantiateStreaming(response);
        cameAs = type || 'no type';
        return response.arrayBuffer().then(function (bytes) {
          return WebAssembly.instantiate(bytes);
        });
      })
      .then(function (module) {
        if (cameAs) {
          told.push(notice(NAMES.notice.LOOK_MODULE, NAMES.severity.WARNING, NAMES.page.LOOK_MODULE + ' came as ' + cameAs +
            ', not application/wasm: the look was applied all the same, but serve *.wasm as application/wasm (docs/embedding.md, HTTP headers).'));
        }
        var rules = module.instance.exports;
        // A value through the module's buffer: its length, or -1 if it does not fit.
        var write = function (value) {
          if (value.length > 200 || !/^[\x20-\x7e]*$/.test(value)) return -1;
          var buffer = new Uint8Array(rules.memory.buffer, rules.buffer(), 200);
          for (var i = 0; i < value.length; i++) buffer[i] = value.charCodeAt(i);
          return value.length;
        };
        var colourOf = function (value) {
          var length = write(value);
          return length < 0 ? -1 : rules.colour(length);
        };
        var hex = function (colour) {
          return '#' + (colour | 0x1000000).toString(16).slice(1);
        };
        var asColour = function (name) {
          if (!(name in asked)) return null;
          var colour = colourOf(asked[name]);
          if (colour < 0) told.push(notice(NAMES.notice.LOOK, NAMES.severity.WARNING, name + ' “' + asked[name].slice(0, 40) + '” is not a colour (#rrggbb or #rgb): ignored.'));
          return colour < 0 ? null : colour;
        };
        var accent = asColour(NAMES.look.ACCENT);
        var background = asColour(NAMES.look.BACKGROUND);
        var text = asColour(NAMES.look.TEXT);
        var font = null;
        if (FONT in asked) {
          var length = write(asked[FONT]);
          var tidy = length < 0 ? -1 : rules.font(length);
          if (tidy < 0) told.push(notice(NAMES.notice.LOOK, NAMES.severity.WARNING, FONT + ' “' + asked[FONT].slice(0, 40) + '” is not a list of font family names: ignored.'));
          else font = String.fromCharCode.apply(null, new Uint8Array(rules.memory.buffer, rules.buffer(), tidy));
        }
        var radius = -1;
        if (RADIUS in asked) {
          radius = write(asked[RADIUS]) < 0 ? -1 : rules.corner_radius(asked[RADIUS].length);
          if (radius < 0) told.push(notice(NAMES.notice.LOOK, NAMES.severity.WARNING, RADIUS + ' “' + asked[RADIUS].slice(0, 40) + '” is not 0 to 24 (pixels): ignored.'));
        }
        var palettes = schemes(colourOf);
        var scheme = function () {
          if (asked[SCHEME] === 'light' || asked[SCHEME] === 'dark') return asked[SCHEME];
          // Against a background of its own, the scheme whose background is nearer.
          if (background !== null) return rules.contrast_of(background, 0) > rules.contrast_of(background, 0xffffff) ? 'light' : 'dark';
          return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
        };
        var apply = function (quiet) {
          if (which !== looks) return;
          var name = scheme();
          var colours = Object.assign({}, palettes[name]);
          var changed = [];
          if (text !== null) colours.text = text;
          if (accent !== null) colours.accent = accent;
          if (background !== null) {
            colours.bg = background;
            var body = rules.keep(colours.text, background, 4.5);
            // Panels a shade off the background: towards the text, as the
            // page's own are, unless the text would then read too faintly
            // on them; then away from it; else none.
            var far = rules.contrast_of(body, 0) > rules.contrast_of(body, 0xffffff) ? 0 : 0xffffff;
            var panels = [rules.mix(background, body, 0.06), rules.mix(background, far, 0.06), background];
            colours.surface = panels.filter(function (panel) {
              return rules.contrast_of(body, panel) >= 4.5;
            })[0];
            colours['notice-bg'] = colours.surface;
            colours.line = rules.mix(background, body, 0.3);
          }
          // Each text colour against the background and the panels.
          TEXTS.forEach(function (key) {
            var kept = ['bg', 'surface', 'notice-bg'].reduce(function (colour, under) {
              return rules.keep(colour, colours[under], 4.5);
            }, colours[key]);
            if (kept !== colours[key] && ((key === 'text' && text !== null) || (key === 'accent' && accent !== null))) {
              changed.push(notice(NAMES.notice.LOOK_ADJUSTED, NAMES.severity.INFO, key + ' ' + hex(colours[key]) + ' has too little contrast with the ' + name + ' background ' + hex(colours.bg) + ': ' + hex(kept) + ', the nearest colour with 4.5:1, is used instead.'));
            }
            colours[key] = kept;
          });
          // A button's text on the accent: black or white, whichever reads better.
          colours['accent-text'] = rules.contrast_of(0, colours.accent) >= rules.contrast_of(0xffffff, colours.accent) ? 0 : 0xffffff;
          // The focus ring: the accent when one is given (already at 4.5:1), else the scheme's, at 3:1.
          colours.focus = accent !== null ? colours.accent : rules.keep(colours.focus, colours.bg, 3);
          colours['notice-line'] = rules.keep(colours['notice-line'], colours['notice-bg'], 3);
          for (var key in colours) root.style.setProperty('--' + key, hex(colours[key]));
          // On a background of the host's, a verdict's colour may only keep
          // its contrast by going nearly black or white, and the three would
          // look alike: its badge then keeps the scheme's own background, on
          // which the verdict colours were chosen, and they stay apart.
          var badge = badges();
          badge.style.cssText = '';
          if (background !== null) {
            var own = palettes[name];
            badge.style.setProperty('background-color', hex(own.bg));
            VERDICTS.forEach(function (verdict) {
              badge.style.setProperty('--' + verdict, hex(rules.keep(own[verdict], own.bg, 4.5)));
            });
          }
          root.style.colorScheme = name;
          if (!quiet) told = told.concat(changed);
        };
        if (font !== null) root.style.setProperty('--font', font);
        if (radius >= 0) root.style.setProperty('--radius', radius + 'px');
        if (accent !== null || background !== null || text !== null || SCHEME in asked) {
          apply(false);
          // Following the reader's setting, again when it changes.
          if (!(SCHEME in asked) || asked[SCHEME] === 'auto') {
            matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function () {
              apply(true);
            });
          }
        }
        tell();
      })
      .catch(function () {
        told.push(notice(NAMES.notice.LOOK_MODULE, NAMES.severity.WARNING, 'the look could not be applied: ' + NAMES.page.LOOK_MODULE + ' did not load' +
          (cameAs ? ' (it came as ' + cameAs + ', not application/wasm).' : '.')));
        tell();
      });
  }

  // A rule of the page's stylesheet for the verdict badges, made once, empty:
  // its values are set one by one (no CSS is written from a value).
  function badges() {
    var sheet = document.styleSheets[0];
    if (!badges.rule) badges.rule = sheet.cssRules[sheet.insertRule('.verdict {}', sheet.cssRules.length)];
    return badges.rule;
  }

  // The page's own colours in each scheme, read from its stylesheet (one
  // place for them: style/main.css), as numbers.
  function schemes(colourOf) {
    var light = {};
    var dark = {};
    var read = function (style, into) {
      for (var i = 0; i < style.length; i++) {
        var name = style[i];
        var colour = name.slice(0, 2) === '--' ? colourOf(style.getPropertyValue(name).trim()) : -1;
        if (colour >= 0) into[name.slice(2)] = colour;
      }
    };
    [].forEach.call(document.styleSheets, function (sheet) {
      [].forEach.call(sheet.cssRules, function (rule) {
        if (rule.selectorText === ':root') read(rule.style, light);
        else if (rule.media && /prefers-color-scheme:\s*dark/.test(rule.media.mediaText)) {
          [].forEach.call(rule.cssRules, function (inner) {
            if (inner.selectorText === ':root') read(inner.style, dark);
          });
        }
      });
    });
    return { light: light, dark: Object.assign({}, light, dark) };
  }

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
  // An absolute http: or https: address, as the URL parser writes it; else null.
  function addressOf(value) {
    try {
      var url = new URL(value);
      return value.length <= 2000 && /^https?:$/.test(url.protocol) ? url.href : null;
    } catch (e) {
      return null;
    }
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
