// password_input: a Show/Hide button that switches the field between type password and
// text (the GOV.UK password input). Without JavaScript the button stays hidden (no dead
// control) and the field works as a normal password field. The change is announced in a
// polite live region; the field goes back to type password when its form is submitted,
// so browsers do not store the password as plain text in form history.
register("password_input", (el) => {
  const field = el.querySelector(".gcds-password-input__control");
  const button = el.querySelector(".gcds-password-input__toggle");
  const words = button && button.querySelector(".gcds-password-input__toggle-text");
  const status = el.querySelector(".gcds-password-input__status");
  if (!field || !button || !words || !status) return;

  const show = (visible, announce) => {
    field.type = visible ? "text" : "password";
    words.textContent = visible ? button.dataset.hideText : button.dataset.showText;
    if (announce) status.textContent = visible ? status.dataset.shown : status.dataset.hidden;
  };

  button.hidden = false;
  button.addEventListener("click", () => show(field.type === "password", true));
  // Listen on the document: the field's form may be added or changed after start-up.
  document.addEventListener(
    "submit",
    (event) => {
      if (event.target === field.form) show(false, false);
    },
    true,
  );
  // A page restored from the back/forward cache starts hidden again.
  window.addEventListener("pageshow", () => show(false, false));
});
