// textarea: with max_length, a count of the characters left under the field, updated as
// the person types (the GOV.UK character count). The visible count changes at once and
// is hidden from screen readers; a visually hidden polite live region says the same words
// once typing pauses, so a screen reader is not interrupted on every key. Without
// JavaScript the field shows "You can enter up to N characters" and nothing is cut off.
const ANNOUNCE_DELAY_MS = 500;

register("textarea", (el) => {
  const field = el.querySelector(".gcds-textarea__control");
  const limit = el.querySelector(".gcds-textarea__limit");
  const max = Number(el.dataset.maxLength);
  if (!field || !limit || !(max > 0)) return;
  const lang = (el.closest("[lang]") || document.documentElement).lang || "en";
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);

  const count = document.createElement("div");
  count.className = "gcds-textarea__count";
  count.setAttribute("aria-hidden", "true");
  const status = document.createElement("div");
  status.className = "gcds-textarea__status gcds-u-visually-hidden";
  status.setAttribute("aria-live", "polite");
  // The limit stays in aria-describedby (read when the field gets focus), hidden visually.
  limit.classList.add("gcds-u-visually-hidden");
  limit.after(count, status);

  const message = () => {
    // Code points, like len() on the server (an emoji is one character).
    const left = max - Array.from(field.value).length;
    const n = Math.abs(left);
    const form = plural.select(n) === "one" ? "One" : "Other";
    const template = el.dataset[(left < 0 ? "over" : "remaining") + form] || "";
    return { over: left < 0, text: template.replace("{count}", number.format(n)) };
  };

  const show = () => {
    const { over, text } = message();
    count.textContent = text;
    count.classList.toggle("gcds-textarea__count--over", over);
    field.classList.toggle("gcds-textarea__control--over", over);
    return text;
  };

  let timer = 0;
  field.addEventListener("input", () => {
    show();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      status.textContent = message().text;
    }, ANNOUNCE_DELAY_MS);
  });
  // A page restored from the back/forward cache keeps the typed text: count it again.
  window.addEventListener("pageshow", show);
  show();
});
