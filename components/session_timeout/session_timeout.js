// session_timeout: the notice gives way to a modal warning (the closed <dialog>, with the
// notice's form moved into it) that opens warn_before seconds before the end the server
// gave, with a countdown. "Continue session" (and Escape) posts the form with fetch; the
// warning closes, and the timers start again, only when the server answers with the new
// time left ({"expires_in": n}). A refusal (4xx, a redirect, HTML) goes to the expired
// page; no answer (network, 5xx) says so and leaves the warning open. When the time runs
// out: the expired page. "End session now" is the form's own post to the sign-out URL.
register("session_timeout", (el) => {
  const q = (part) => el.querySelector(".gcds-session-timeout__" + part);
  const [notice, form, dialog, box, title, countdown, spoken, status, go] =
    ["notice", "form", "dialog", "box", "title", "countdown", "spoken", "status", "continue"].map(q);
  const d = el.dataset;
  if (!form || !dialog || !go || !dialog.showModal) return;
  const warn = d.warnBefore * 1000;
  let deadline = Date.now() + d.expiresIn * 1000;
  let timer = 0;
  let said = 0; // the seconds left when the time was last said
  let busy = false;

  box.append(form);
  notice.hidden = true;
  go.classList.replace("gcds-button--secondary", "gcds-button--primary");

  const left = () => Math.ceil((deadline - Date.now()) / 1000);
  const time = (s) =>
    d.countdown.replace(
      "{time}",
      [s >= 60 && d.minutes.replace("{n}", Math.floor(s / 60)), s % 60 && d.seconds.replace("{n}", s % 60)]
        .filter(Boolean)
        .join(" "),
    );
  // The time is said at each whole minute, then at 30 and 10 seconds: a step down.
  const step = (s) => (s > 60 ? Math.ceil(s / 60) + 2 : s > 30 ? 2 : s > 10 ? 1 : 0);
  const expire = () => location.replace(d.expiredUrl);

  const tick = () => {
    clearTimeout(timer);
    const s = left();
    if (s <= 0) return expire();
    if (s * 1000 > warn) {
      if (dialog.open) dialog.close();
      timer = setTimeout(tick, deadline - warn - Date.now());
      return;
    }
    countdown.textContent = time(s);
    if (!dialog.open || step(s) < step(said)) {
      // Written while the warning is still closed, it is not announced: the opening
      // warning reads it as its description.
      said = s;
      spoken.textContent = time(s);
    }
    if (!dialog.open) {
      status.textContent = "";
      dialog.showModal();
      title.focus();
    }
    timer = setTimeout(tick, (deadline - Date.now()) % 1000 || 1000);
  };

  const extend = async () => {
    if (busy) return;
    busy = true;
    let answer = null;
    let s = 0;
    try {
      answer = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        redirect: "manual",
      });
      if (answer.ok && /^application\/json/i.test(answer.headers.get("Content-Type"))) {
        s = (await answer.json()).expires_in;
      }
    } catch {
      // No answer, or not JSON: s stays 0.
    }
    busy = false;
    if (Number.isInteger(s) && s > 0) {
      deadline = Date.now() + s * 1000;
      status.textContent = "";
      tick();
    } else if (!answer || answer.status >= 500) {
      status.textContent = d.retry;
    } else {
      status.textContent = d.expired;
      expire();
    }
  };

  form.addEventListener("submit", (event) => {
    if (event.submitter !== go) return; // "End session now": the form's own post
    event.preventDefault();
    extend();
  });
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    extend();
  });
  // Closed by the browser anyway (a second Escape): open again while the time is short.
  dialog.addEventListener("close", () => {
    if (left() * 1000 <= warn) tick();
  });
  // Timers are slowed in a hidden tab and paused by the back/forward cache: look again.
  document.addEventListener("visibilitychange", tick);
  window.addEventListener("pageshow", tick);
  tick();
});
