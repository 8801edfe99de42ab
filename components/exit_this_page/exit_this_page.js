// exit_this_page: the link, or Shift pressed 3 times within 5 s, covers the page at once
// with a neutral overlay (an alert: "Loading."), hides the rest from everyone, and
// replaces the page with the neutral one (location.replace: Back does not return to it).
// After each of the first two presses a status message says how many are left, and the
// button's dots show the count; a timeout or another key starts the count again. Shown
// again from the back-forward cache, the page is uncovered and the count reset.

register("exit_this_page", (root) => {
  const link = root.querySelector("a");
  const status = root.querySelector(".gcds-exit-this-page__status");
  const dots = root.querySelectorAll(".gcds-exit-this-page__dot");
  const words = root.dataset;
  const html = document.documentElement;
  let presses = 0;
  let timer = 0;
  let modified = false;
  let overlay = null;

  const count = (n, message = "") => {
    presses = n;
    root.querySelector(".gcds-exit-this-page__indicator").hidden = !n;
    dots.forEach((dot, i) => dot.classList.toggle("gcds-exit-this-page__dot--on", i < n));
    status.textContent = message;
  };
  const restart = (message) => {
    clearTimeout(timer);
    timer = 0;
    count(0, message);
  };

  const exit = (event) => {
    if (event) event.preventDefault();
    restart();
    html.classList.add("gcds-exit-this-page-active");
    overlay = document.createElement("div");
    overlay.className = "gcds-exit-this-page__overlay";
    overlay.setAttribute("role", "alert");
    document.body.append(overlay);
    overlay.textContent = words.activated;
    window.location.replace(link.href);
  };

  link.addEventListener("click", exit);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Shift") {
      if (!event.repeat) modified = false;
    } else {
      modified = true;
      if (presses) restart();
    }
  });
  document.addEventListener("keyup", (event) => {
    if (event.key !== "Shift" || modified) return;
    if (presses === 2) return exit();
    count(presses + 1, presses ? words.pressOne : words.pressTwo);
    if (!timer) timer = setTimeout(() => restart(words.timedOut), 5000);
  });
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    if (overlay) overlay.remove();
    overlay = null;
    html.classList.remove("gcds-exit-this-page-active");
    restart();
  });
});
