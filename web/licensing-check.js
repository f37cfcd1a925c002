// <licensing-check>: the licensing check in a host page, with one script tag
// from the app's origin and no build step (docs/embedding.md).
//
//   <script src="https://licensing.example.com/licensing-check.js"></script>
//   <licensing-check topic="kms"></licensing-check>
//
// The element frames the app with the deep link its attributes spell
// (`topic`, an attribute per answer named by its question id, `as-of`,
// `background="transparent"`), keeps the frame as tall as what it shows, and
// re-dispatches what the app tells (a question shown, a result shown) as DOM
// events: `licensing-check:question` and `licensing-check:result`, with the
// message as `event.detail`. Messages are taken only from its own frame and
// the app's origin.
(function () {
  'use strict';
  if (!window.customElements || customElements.get('licensing-check')) return;
  var script = document.currentScript;
  var app = new URL('./', script && script.src ? script.src : location.href);
  // The element's own attributes on the host page, never part of the link:
  // its options, HTML's global attributes, ARIA, data-* and event handlers.
  // Frameworks and hosts set these freely; the link carries only the rest.
  var RESERVED = {
    background: 1, title: 1, id: 1, class: 1, style: 1, hidden: 1, lang: 1, dir: 1, role: 1, tabindex: 1, slot: 1,
    part: 1, exportparts: 1, is: 1, inert: 1, nonce: 1, autofocus: 1, accesskey: 1, autocapitalize: 1,
    contenteditable: 1, draggable: 1, enterkeyhint: 1, inputmode: 1, popover: 1, spellcheck: 1, translate: 1,
    itemid: 1, itemprop: 1, itemref: 1, itemscope: 1, itemtype: 1,
  };
  // (Handlers are on + letters: the question on-prem-users is no handler.)
  function inLink(name) {
    return !RESERVED[name] && !/^(data-|aria-)/.test(name) && !/^on[a-z]+$/.test(name);
  }
  var EVENTS = { 'licensing-check:question': 1, 'licensing-check:result': 1 };
  function titleOf(element) {
    return element.getAttribute('title') || 'Partner licensing check';
  }

  class LicensingCheck extends HTMLElement {
    connectedCallback() {
      if (this.frame) return;
      var element = this;
      var frame = document.createElement('iframe');
      frame.title = titleOf(this);
      frame.setAttribute('allow', 'clipboard-write');
      frame.style.cssText = 'display:block;width:100%;height:30rem;border:0';
      frame.src = this.link();
      this.frame = frame;
      this.appendChild(frame);
      this.listener = function (event) {
        if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
        var data = event.data;
        if (!data || typeof data.type !== 'string') return;
        if (data.type === 'licensing-check:height') {
          if (typeof data.height === 'number' && data.height > 0) frame.style.height = Math.ceil(data.height) + 'px';
        } else if (EVENTS[data.type]) {
          element.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
        }
      };
      window.addEventListener('message', this.listener);
      // New attributes (another topic, other answers) open the new link; the
      // host's own attributes leave the reader where they are.
      this.observer = new MutationObserver(function (records) {
        var names = records.map(function (r) { return r.attributeName; });
        if (names.indexOf('title') >= 0) frame.title = titleOf(element);
        if (names.some(function (name) { return name === 'background' || inLink(name); })) frame.src = element.link();
      });
      this.observer.observe(this, { attributes: true });
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.listener);
      this.observer.disconnect();
      this.removeChild(this.frame);
      this.frame = null;
    }

    /// The app's deep link for the element's attributes, framed: embed=1,
    /// and the host's origin as the one its messages may go to.
    link() {
      var params = new URLSearchParams();
      for (var i = 0; i < this.attributes.length; i++) {
        var attribute = this.attributes[i];
        if (inLink(attribute.name)) params.append(attribute.name, attribute.value);
      }
      if (this.getAttribute('background') === 'transparent') params.set('embed-background', 'transparent');
      params.set('embed', '1');
      params.set('embed-origin', location.origin);
      return app.href + '?' + params.toString();
    }
  }

  customElements.define('licensing-check', LicensingCheck);
})();
