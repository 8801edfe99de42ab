// textarea: with max_length or max_words, a count of what is left under the field, updated
// as the person types (the GOV.UK character count). The visible count changes at once and
// is hidden from screen readers; a visually hidden polite live region says the same words
// once typing pauses, so a screen reader is not interrupted on every key. With a threshold
// the count shows only from that percentage of the limit, and the limit stays in view until
// then. Without JavaScript the field shows "You can enter up to N characters" (or words)
// and nothing is cut off.
const ANNOUNCE_DELAY_MS = 500;
// A word: a run of what Python's str.split() does not split on, so the count agrees with
// len(value.split()) on the server. Python's white space is JavaScript's \s, less U+FEFF,
// plus U+001C to U+001F and U+0085.
const WORD = /(?:[^\s\x1c-\x1f\x85]|\ufeff)+/g;

register("textarea", (el) => {
  const field = el.querySelector(".gcds-textarea__control");
  const limit = el.querySelector(".gcds-textarea__limit");
  const words = "maxWords" in el.dataset;
  const max = Number(el.dataset.maxWords || el.dataset.maxLength);
  if (!field || !limit || !(max > 0)) return;
  // The count shows from this many characters or words (threshold: a percentage).
  const from = (max * (el.dataset.threshold || 0)) / 100;
  const lang = (el.closest("[lang]") || document.documentElement).lang || "en";
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);

  const count = document.createElement("div");
  count.className = "gcds-textarea__count";
  count.setAttribute("aria-hidden", "true");
  const status = document.createElement("div");
  status.className = "gcds-textarea__status gcds-u-visually-hidden";
  status.setAttribute("aria-live", "polite");
  limit.after(count, status);

  const message = () => {
    // What the server will count in the submitted value: words as Python's split() finds
    // them, or code points (an emoji is one, as len() counts) with each line break as the
    // browser sends it, CR LF: two characters, though the field's value holds it as one.
    const value = field.value;
    const n = words ? (value.match(WORD) || []).length : Array.from(value.replace(/\n/g, "\r\n")).length;
    const left = max - n;
    const form = plural.select(Math.abs(left)) === "one" ? "One" : "Other";
    const template = el.dataset[(left < 0 ? "over" : "remaining") + form] || "";
    return { over: left < 0, shown: n >= from, text: template.replace("{count}", number.format(Math.abs(left))) };
  };

  const show = () => {
    const { over, shown, text } = message();
    count.textContent = text;
    count.hidden = !shown;
    // The limit stays in aria-describedby (read when the field gets focus); it is hidden
    // from view only while the count says the same and more.
    limit.classList.toggle("gcds-u-visually-hidden", shown);
    count.classList.toggle("gcds-textarea__count--over", over);
    field.classList.toggle("gcds-textarea__control--over", over);
  };

  let timer = 0;
  field.addEventListener("input", () => {
    show();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const { shown, text } = message();
      status.textContent = shown ? text : "";
    }, ANNOUNCE_DELAY_MS);
  });
  // A page restored from the back/forward cache keeps the typed text: count it again.
  window.addEventListener("pageshow", show);
  show();
});
