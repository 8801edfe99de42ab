// page_feedback: No shows the comment box in place instead of posting. The box comes from
// the <template> the server wrote (so there is nothing hidden without JavaScript); the
// question goes, focus moves to the comment field and the live region (in the page from
// the start) says "Tell us why below:". Yes and Submit are ordinary form posts.
register("page_feedback", (el) => {
  const q = (part) => el.querySelector(".gcds-page-feedback__" + part);
  const [question, no, status, template] = ["question", "no", "status", "template"].map(q);
  const box = template && template.content.firstElementChild;
  if (!question || !no || !status || !box) return;
  no.addEventListener("click", (event) => {
    event.preventDefault();
    const details = box.cloneNode(true);
    template.replaceWith(details);
    initAll(details);
    question.hidden = true;
    status.textContent = el.dataset.status;
    details.querySelector("textarea").focus();
  });
});
