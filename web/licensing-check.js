// <licensing-check>: the licensing check in a host page, with one script tag
// and no build step (docs/embedding.md).
//
//   <script src="https://licensing.example.com/licensing-check.js"></script>
//   <licensing-check topic="kms"></licensing-check>
//
// The element frames the app with the deep link its attributes spell
// (`topic`, an attribute per answer named by its question id, `as-of`,
// `background="transparent"`), at the address its `app` attribute names
// (else the folder this script was loaded from), keeps the frame as tall as
// what it shows, and re-dispatches what the app tells (web/embed.js) as DOM
// events named as the messages (`licensing-check:ready`, `…:question`, …),
// with the message as `event.detail`. Its look (`scheme`, `accent`, …, or
// `look="host"`, the host page's own) goes in the link's fragment. Messages are taken only from its own
// frame and the app's origin. Mistakes in how it is set up are the host
// developer's to fix: they go to the console and a `licensing-check:notice`
// event, never to readers.
(function () {
  'use strict';
  var ELEMENT = NAMES.element.NAME;
  if (!window.customElements || customElements.get(ELEMENT)) return;
  // The folder this script came from, where the app is unless `app` says
  // otherwise: a classic script's own element; a module script has none, so
  // the module script that loaded a file of this name (or its pinned copy).
  // Bundled into the host's own code, neither: then only `app` can say.
  var script = document.currentScript || Array.prototype.find.call(document.querySelectorAll('script[type="module"][src]'), function (s) {
    return new RegExp('/' + ELEMENT + '(\\.[0-9a-f]+)?\\.js$').test(new URL(s.src, location.href).pathname);
  });
  // A release's copy (releases/<version>/) takes the app from the folder
  // that holds releases/.
  var here = script && script.src ? new URL('./', script.src) : null;
  if (here && new RegExp('/' + NAMES.page.RELEASES_DIR + '/[^/]+/$').test(here.pathname)) here = new URL('../../', here);
  // The iframe's own attributes, which the element hands to its frame.
  var FRAME = { loading: 1, referrerpolicy: 1, sandbox: 1, allow: 1, name: 1 };
  // The element's own attributes on the host page, never part of the link:
  // its options, the frame's, HTML's global attributes, ARIA, data-* and
  // event handlers. Frameworks and hosts set these freely; the link carries
  // only the rest.
  var RESERVED = {
    [NAMES.element.APP]: 1, [NAMES.element.LOOK]: 1, [NAMES.element.TITLE]: 1, [NAMES.element.CHECKS]: 1,
    [NAMES.look.SCHEME]: 1, [NAMES.look.ACCENT]: 1, [NAMES.look.BACKGROUND]: 1, [NAMES.look.TEXT]: 1,
    [NAMES.look.FONT]: 1, [NAMES.look.RADIUS]: 1, id: 1, class: 1, style: 1, hidden: 1, lang: 1, dir: 1, role: 1, tabindex: 1, slot: 1, part: 1,
    exportparts: 1, is: 1, inert: 1, nonce: 1, autofocus: 1, accesskey: 1, autocapitalize: 1,
    contenteditable: 1, draggable: 1, enterkeyhint: 1, inputmode: 1, popover: 1, spellcheck: 1, translate: 1,
    itemid: 1, itemprop: 1, itemref: 1, itemscope: 1, itemtype: 1,
  };
  // The look (docs/embedding.md): attributes of the same names, carried in
  // the link's fragment, which only the frame's own script reads.
  var LOOK = [NAMES.look.SCHEME, NAMES.look.ACCENT, NAMES.look.BACKGROUND, NAMES.look.TEXT, NAMES.look.FONT, NAMES.look.RADIUS];
  // The host's addresses for the resources the FAQ names (`link-<resource
  // id>`), carried in the fragment too: the build writes their names from
  // crates/rules/src/resources.rs.
  var RESOURCE_LINKS = '__RESOURCE_LINKS__';
  function inFragment(name) {
    return LOOK.indexOf(name) >= 0 || RESOURCE_LINKS.hasOwnProperty(name);
  }
  // (Handlers are on + letters: the question on-prem-users is no handler.)
  function inLink(name) {
    return !RESERVED[name] && !FRAME[name] && !inFragment(name) && !/^(data-|aria-)/.test(name) &&
      !/^on[a-z]+$/.test(name);
  }
  var EVENTS = {
    [NAMES.message.READY]: 1,
    [NAMES.message.START]: 1,
    [NAMES.message.QUESTION]: 1,
    [NAMES.message.RESULT]: 1,
    [NAMES.message.NOTICE]: 1,
    [NAMES.message.CANNOT_START]: 1,
  };
  // How long a frame that has loaded may stay silent before the element
  // says it could not start (a frame that cannot run the app's scripts
  // cannot say so itself).
  var SILENCE_MS = 20000;
  function titleOf(element) {
    return element.getAttribute(NAMES.element.TITLE) || 'Partner licensing check';
  }

  class LicensingCheck extends HTMLElement {
    connectedCallback() {
      if (this.frame) return;
      var element = this;
      var frame = document.createElement('iframe');
      frame.title = titleOf(this);
      frame.setAttribute('allow', 'clipboard-write');
      frame.style.cssText = 'display:block;width:100%;height:30rem;border:0';
      this.frame = frame;
      this.started = false;
      this.stopped = false;
      this.frameAttributes();
      this.app = this.address();
      this.listener = function (event) {
        if (event.source !== frame.contentWindow || !element.app || event.origin !== element.app.origin) return;
        var data = event.data;
        if (!data || typeof data.type !== 'string') return;
        if (data.type === NAMES.message.HEIGHT) {
          if (typeof data.height === 'number' && data.height > 0) frame.style.height = Math.ceil(data.height) + 'px';
          return;
        }
        if (!EVENTS[data.type]) return;
        if (data.type === NAMES.message.READY) element.started = true;
        if (data.type === NAMES.message.CANNOT_START) element.stopped = true;
        // (The frame's notices are in the console already, from the frame.)
        element.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
      };
      window.addEventListener('message', this.listener);
      frame.addEventListener('load', function () {
        if (!element.app || !frame.getAttribute('src')) return;
        clearTimeout(element.silence);
        element.silence = setTimeout(function () {
          if (!element.started && !element.stopped && element.frame === frame) {
            element.cannotStart(NAMES.cannotStart.SILENT, 'The app in the frame has not started ' + SILENCE_MS / 1000 +
              ' seconds after its page loaded. Check that its address (the app attribute) is right, that the server ' +
              "sends no frame-ancestors policy forbidding your page, and that nothing sandboxes the frame.");
          }
        }, SILENCE_MS);
      });
      // New attributes (another topic, other answers) open the new link; the
      // host's own attributes leave the reader where they are.
      this.observer = new MutationObserver(function (records) {
        var names = records.map(function (r) { return r.attributeName; });
        if (names.indexOf(NAMES.element.TITLE) >= 0) frame.title = titleOf(element);
        if (names.some(function (name) { return FRAME[name]; })) element.frameAttributes();
        // A sandbox decides whether the frame can start at all.
        if (names.indexOf('sandbox') >= 0) element.open();
        if (names.indexOf(NAMES.element.APP) >= 0) element.app = element.address();
        if (names.some(function (name) {
          return name === NAMES.element.APP || name === NAMES.element.LOOK || name === NAMES.element.CHECKS || inFragment(name) || inLink(name);
        })) element.open();
      });
      this.observer.observe(this, { attributes: true });
      // Its attributes and address before it is in the page: a lazy frame
      // then loads nothing until the reader comes near it.
      this.open();
      this.appendChild(frame);
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.listener);
      this.observer.disconnect();
      clearTimeout(this.silence);
      this.removeChild(this.frame);
      this.frame = null;
      if (this.word) this.removeChild(this.word);
      this.word = null;
    }

    /// The app's address: the `app` attribute, else where this script came from.
    address() {
      var given = this.getAttribute(NAMES.element.APP);
      if (given === null && here) return here;
      if (given === null) {
        this.notice(NAMES.notice.APP, 'no ' + NAMES.element.APP + ' attribute, and this script was not loaded from the app\'s address by a <script src>: ' +
          'give the address the app is served at, such as ' + NAMES.element.APP + '="https://licensing.example.com/".');
        return null;
      }
      // A host name without its scheme would be read as a path on this page's own site.
      var first = given.split(/[/?#]/)[0];
      if (!/^[a-z][a-z0-9+.-]*:/i.test(given) && /^[^.]+\.[^.]/.test(first) && !/\.html?$/i.test(first)) {
        this.notice(NAMES.notice.APP, NAMES.element.APP + '="' + given + '" has no scheme, so it would name a page of this site: write https://' + given +
          (/\//.test(given) ? '' : '/') + ' if that is where the app is served.');
        return null;
      }
      try {
        var url = new URL(given, location.href);
        // A folder; a file in it (index.html) names the folder too.
        var folder = /\/$/.test(url.pathname) ? url.pathname : /\/[^/]*\.[^/]*$/.test(url.pathname)
          ? url.pathname.replace(/[^/]*$/, '')
          : url.pathname + '/';
        if (/^https?:$/.test(url.protocol)) return new URL(folder, url.origin);
      } catch (e) {
        // Told below.
      }
      this.notice(NAMES.notice.APP, NAMES.element.APP + '="' + given + '" is not a web address: give the address the app is served at, ' +
        'such as https://licensing.example.com/.');
      return null;
    }

    /// Opens the link the attributes spell, where the app is.
    open() {
      this.started = false;
      this.stopped = false;
      var sandbox = this.getAttribute('sandbox');
      var wrong = null;
      if (sandbox !== null && !/(^|\s)allow-scripts(\s|$)/.test(sandbox)) {
        wrong = 'sandbox="' + sandbox + '" does not allow scripts: add allow-scripts and allow-same-origin.';
      } else if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) {
        wrong = 'sandbox="' + sandbox + '" lacks allow-same-origin: without it the frame has no origin, ' +
          'so the app cannot load its WebAssembly nor tell your page anything. Add allow-same-origin.';
      }
      if (this.app && wrong) this.cannotStart(NAMES.cannotStart.SANDBOX, wrong);
      // A frame that could only fail would tell readers to check their
      // connection or turn on JavaScript: the fault is the page's.
      this.setUp(this.app !== null && !wrong);
      if (this.app && !wrong) this.frame.src = this.link();
    }

    /// What readers see: the frame, or, where the page's setup keeps the
    /// check from starting, a plain word that says so.
    setUp(right) {
      this.frame.style.display = right ? 'block' : 'none';
      if (right) {
        if (this.word) this.removeChild(this.word);
        this.word = null;
      } else if (!this.word) {
        this.word = document.createElement('p');
        this.word.textContent = 'This licensing check is not set up correctly on this page, so it cannot start here. The site\'s team can put it right.';
        this.appendChild(this.word);
      }
    }

    /// The frame's own attributes, as the element has them.
    frameAttributes() {
      for (var name in FRAME) {
        var value = this.getAttribute(name);
        if (value !== null) this.frame.setAttribute(name, value);
        else if (name === 'allow') this.frame.setAttribute('allow', 'clipboard-write');
        else this.frame.removeAttribute(name);
      }
    }

    /// A setup mistake: to the console and as an event, for the developer
    /// (docs/embedding.md, the codes); the check cannot start without what
    /// the element itself finds wrong.
    notice(code, text) {
      console.warn('<' + ELEMENT + '>: ' + text);
      var detail = { code: code, severity: NAMES.severity.ERROR, message: text };
      this.later({ type: NAMES.message.NOTICE, notices: [text], details: [detail] });
    }

    cannotStart(reason, text) {
      this.stopped = true;
      console.error('<' + ELEMENT + '>: the app cannot start: ' + text);
      this.later({ type: NAMES.message.CANNOT_START, reason: reason, severity: NAMES.severity.ERROR, message: text });
    }

    /// Dispatches what the element found itself once the page's own scripts
    /// can listen: the element may be set up while the page is still parsed.
    later(detail) {
      var element = this;
      var fire = function () {
        element.dispatchEvent(new CustomEvent(detail.type, { detail: detail, bubbles: true }));
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fire, { once: true });
      else setTimeout(fire, 0);
    }

    /// The app's deep link for the element's attributes, framed: embed=1,
    /// and the host's origin as the one its messages may go to.
    link() {
      var params = new URLSearchParams();
      for (var i = 0; i < this.attributes.length; i++) {
        var attribute = this.attributes[i];
        if (inLink(attribute.name)) params.append(attribute.name, attribute.value);
      }
      var transparent = this.getAttribute(NAMES.look.BACKGROUND) === NAMES.element.TRANSPARENT;
      if (transparent) params.set(NAMES.param.EMBED_BACKGROUND, NAMES.element.TRANSPARENT);
      // `checks`: the host lets the frame keep and list the reader's checks.
      if (this.hasAttribute(NAMES.element.CHECKS)) params.set(NAMES.param.EMBED_CHECKS, '1');
      params.set(NAMES.param.EMBED, '1');
      params.set(NAMES.param.EMBED_ORIGIN, location.origin);
      var look = this.getAttribute(NAMES.element.LOOK) === NAMES.element.LOOK_HOST ? hostLook(this) : {};
      LOOK.concat(Object.keys(RESOURCE_LINKS)).forEach(function (name) {
        var value = this.getAttribute(name);
        if (value !== null && !(name === NAMES.look.BACKGROUND && transparent)) look[name] = value;
      }, this);
      var fragment = new URLSearchParams(look).toString();
      return this.app.href + '?' + params.toString() + (fragment ? '#' + fragment : '');
    }
  }

  // look="host": the host page's own look where the element stands, its text
  // colour, background (the nearest one drawn), font and link colour, or
  // what it sets in --licensing-check-accent, -background, -text, -font.
  // The frame checks each value and keeps contrast as for any other.
  function hostLook(element) {
    var style = getComputedStyle(element);
    var own = function (name) {
      return style.getPropertyValue('--' + ELEMENT + '-' + name).trim();
    };
    var probe = document.createElement('a');
    probe.href = '#';
    probe.hidden = true;
    element.appendChild(probe);
    var link = getComputedStyle(probe).color;
    element.removeChild(probe);
    var background = null;
    for (var node = element; node && node.nodeType === 1 && background === null; node = node.parentElement) {
      background = hexOf(getComputedStyle(node).backgroundColor);
    }
    var look = {};
    look[NAMES.look.ACCENT] = own(NAMES.look.ACCENT) || hexOf(link);
    look[NAMES.look.BACKGROUND] = own(NAMES.look.BACKGROUND) || background || '#ffffff';
    look[NAMES.look.TEXT] = own(NAMES.look.TEXT) || hexOf(style.color);
    look[NAMES.look.FONT] = own(NAMES.look.FONT) || style.fontFamily;
    for (var name in look) if (!look[name]) delete look[name];
    return look;
  }

  // "rgb(r, g, b)" as #rrggbb; null for a transparent one or another form.
  function hexOf(colour) {
    var parts = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(colour || '');
    if (!parts || (parts[4] !== undefined && Number(parts[4]) < 1)) return null;
    return '#' + parts.slice(1, 4).map(function (n) {
      return (Number(n) | 256).toString(16).slice(1);
    }).join('');
  }

  customElements.define(ELEMENT, LicensingCheck);
})();
