// button: with prevent_double_click, a second click within a second is ignored, so a
// form is not submitted twice (the GOV.UK Frontend behaviour). Without JavaScript the
// button works as usual.
const DEBOUNCE_MS = 1000;

register("button", (el) => {
  let lastClick = 0;
  el.addEventListener(
    "click",
    (event) => {
      const now = Date.now();
      if (lastClick && now - lastClick < DEBOUNCE_MS) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      lastClick = now;
    },
    true,
  );
});
