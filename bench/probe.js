// What "shown" means to the benchmark, the same for the app and its static
// copy: the script each timed page gets before its own (over the DevTools
// protocol, Page.addScriptToEvaluateOnNewDocument). At each animation frame
// (run just before the browser paints it) it checks whether the screen's
// element is laid out and visible and notes the time: window.__visible for
// the first such element anywhere (a screen written in by the build
// included), window.__started for the app's own live one.
function probe(selector) {
  const shown = (s) => {
    const el = document.querySelector(s);
    return el !== null && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  };
  const frame = () => {
    if (window.__visible === undefined && shown(selector)) window.__visible = performance.now();
    if (window.__started === undefined && shown(`body > .page ${selector}`)) window.__started = performance.now();
    if (window.__started === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/// The probe's source for `selector`.
module.exports = (selector) => `(${probe})(${JSON.stringify(selector)})`;
