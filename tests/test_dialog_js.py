"""dialog: a native modal <dialog> by keyboard with JavaScript; a link to in-page content without."""

from __future__ import annotations

import pytest
from markupsafe import Markup

import gcds
from gcds.examples import page as page_html

from .browser import axe_violations
from .keyboard import tab_to

CSS, JS = "/static/gcds/css/gcds.css", "/static/gcds/js/gcds.js"
OPENER = ".gcds-dialog__open"
LINK = ".gcds-dialog__link"
CLOSE = ".gcds-dialog__close"

# (lang, example, dialog id, trigger text, title, close word, link in the content)
CASES = [
    (
        "en",
        "dialog/default",
        "income-help",
        "Check what counts as income",
        "What counts as income",
        "Close",
        "income guide",
    ),
    (
        "fr",
        "dialog/french",
        "aide-revenu",
        "Vérifier ce qui compte comme revenu",
        "Ce qui compte comme revenu",
        "Fermer",
        "guide sur le revenu",
    ),
]

# Where focus is: "trigger", "title", "close", "inside" (other dialog content), "none"
# (nothing focused: the browser's own toolbar in a real window) or "page" (behind the dialog).
WHERE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "none";
  if (el.matches(".gcds-dialog__open, .gcds-dialog__link")) return "trigger";
  if (el.matches(".gcds-dialog__title")) return "title";
  if (el.matches(".gcds-dialog__close")) return "close";
  return el.closest("dialog") ? "inside:" + el.textContent.trim() : "page:" + el.outerHTML.slice(0, 60);
}"""


def _where(page) -> str:
    return page.evaluate(WHERE)


def _is_open(page, dialog_id: str) -> bool:
    return page.evaluate(
        "id => { const d = document.getElementById(id); return d.open && d.matches(':modal'); }",
        dialog_id,
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, dialog_id, trigger, title, close, link", CASES)
def test_open_and_close_by_keyboard(
    open_example, lang, example, dialog_id, trigger, title, close, link
) -> None:
    page = open_example(example, lang)
    # Enhanced: a button that opens a dialog, no link; a closed <dialog> named by its title.
    assert page.locator(LINK).count() == 0
    opener = page.locator(OPENER)
    assert opener.evaluate("el => el.tagName") == "BUTTON"
    assert opener.get_attribute("aria-haspopup") == "dialog"
    assert opener.inner_text().strip() == trigger
    dialog = page.locator(f"#{dialog_id}")
    assert dialog.evaluate("el => el.tagName") == "DIALOG"
    assert page.locator(f"#{dialog.get_attribute('aria-labelledby')}").inner_text() == title
    assert not dialog.is_visible()

    # Enter opens it: focus on the title, the page cannot scroll behind it.
    tab_to(page, f"({WHERE})() === 'trigger'")
    page.keyboard.press("Enter")
    assert _is_open(page, dialog_id)
    assert dialog.is_visible()
    assert _where(page) == "title"
    assert page.evaluate("getComputedStyle(document.documentElement).overflow") == "hidden"

    # Tab goes round the dialog: Close, the content, then (the browser's toolbar) Close
    # again; Shift+Tab goes back. Nothing behind the dialog is ever focused.
    seen = []
    for _ in range(6):
        page.keyboard.press("Tab")
        seen.append(_where(page))
    assert seen[0] == "close"
    assert page.locator(CLOSE).inner_text().strip() == close
    assert seen[1] == f"inside:{link}"
    assert seen.count("close") == 2, seen
    assert all(w in ("close", "none") or w.startswith("inside:") for w in seen), seen
    for _ in range(4):
        page.keyboard.press("Shift+Tab")
        where = _where(page)
        assert where in ("close", "none") or where.startswith("inside:"), where

    # Escape closes it and focus goes back to the button.
    page.keyboard.press("Escape")
    assert not _is_open(page, dialog_id)
    assert not dialog.is_visible()
    assert _where(page) == "trigger"
    assert page.evaluate("getComputedStyle(document.documentElement).overflow") != "hidden"

    # Space opens it too; Close by Enter closes it and focus goes back to the button.
    page.keyboard.press("Space")
    assert _is_open(page, dialog_id)
    page.keyboard.press("Tab")
    assert _where(page) == "close"
    page.keyboard.press("Enter")
    assert not _is_open(page, dialog_id)
    assert _where(page) == "trigger"

    # And Close by Space.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert not _is_open(page, dialog_id)
    assert _where(page) == "trigger"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_open_dialog_is_accessible(open_example, lang) -> None:
    example = "dialog/default" if lang == "en" else "dialog/french"
    page = open_example(example, lang)
    page.locator(OPENER).click()
    assert axe_violations(page) == []
    # The page behind is inert while the dialog is open: even a script cannot focus it.
    assert _where(page) == "title"
    page.evaluate(f"document.querySelector('{OPENER}').focus()")
    assert _where(page) == "title"


@pytest.mark.browser
def test_backdrop_click_closes_a_dialog_not_an_alertdialog(open_example) -> None:
    page = open_example("dialog/default")
    page.locator(OPENER).click()
    assert _is_open(page, "income-help")
    page.locator("#income-help .gcds-dialog__content").click()  # inside: stays open
    assert _is_open(page, "income-help")
    page.mouse.click(5, 5)
    assert not _is_open(page, "income-help")
    assert _where(page) == "trigger"

    page = open_example("dialog/alertdialog")
    alert = page.locator("#withdraw-application")
    assert alert.get_attribute("role") == "alertdialog"
    assert alert.get_attribute("aria-describedby") == "withdraw-application-message"
    page.locator(OPENER).click()
    page.mouse.click(5, 5)
    assert _is_open(page, "withdraw-application")
    page.keyboard.press("Escape")
    assert not _is_open(page, "withdraw-application")
    assert _where(page) == "trigger"


ALERTS = [
    (
        "en",
        "dialog/alertdialog",
        'alertdialog "Withdraw your application?" description="If you withdraw, we will stop'
        " processing your application and delete the documents you sent. You cannot undo"
        ' this." [modal',
        'button "Yes, withdraw my application"',
    ),
    (
        "fr",
        "dialog/french-alertdialog",
        'alertdialog "Retirer votre demande ?" description="Si vous retirez votre demande, nous'
        " cesserons de la traiter et supprimerons les documents que vous avez envoyés. Vous"
        ' ne pourrez pas annuler cette action." [modal',
        'button "Oui, retirer ma demande"',
    ),
]


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, dialog_line, answer", ALERTS, ids=["en", "fr"])
def test_an_alertdialog_is_described_by_its_message_only(
    open_example, site, lang, example, dialog_line, answer
) -> None:
    """Open, what a screen reader is given (the DevTools accessibility tree): the title as
    its name and the message as its description, not the answer's button text."""
    from .test_accessibility_tree import accessibility_tree

    page = open_example(example, lang)
    page.locator(OPENER).click()
    tree = accessibility_tree(page, page.context.new_cdp_session(page), site.server.url)
    lines = [line.strip() for line in tree.splitlines()]
    assert lines[0].startswith("- " + dialog_line), tree
    assert any(line.startswith("- " + answer) for line in lines), tree


def _long_page(lang: str) -> str:
    """The example dialog with page content after it, so following the link must scroll."""
    dialog = gcds.render(
        "dialog",
        lang=lang,
        id="income-help",
        title="What counts as income",
        trigger_text="Check what counts as income",
        caller=Markup('<p>Read the <a href="/en/income-guide.html">income guide</a>.</p>'),
    )
    filler = Markup("".join(f"<p>Paragraph {i} of the page.</p>" for i in range(40)))
    intro = Markup("".join(f"<p>Introduction {i}.</p>" for i in range(12)))
    return page_html(
        intro + Markup(dialog) + filler,
        lang=lang,
        title="Dialog without JavaScript",
        heading="Benefits",
        css_href=CSS,
        js_href=JS,
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang, example, dialog_id, trigger, title, close, link", CASES)
def test_without_javascript_a_link_to_the_content(
    open_example, lang, example, dialog_id, trigger, title, close, link
) -> None:
    page = open_example(example, lang, js=False)
    assert not page.evaluate("document.documentElement.classList.contains('gcds-js')")
    # The trigger is a link to the content, which is on the page, named by its heading.
    assert page.locator(f"#example {OPENER}").is_hidden()
    assert page.locator(CLOSE).is_hidden()
    trigger_link = page.locator(LINK)
    assert trigger_link.get_attribute("href") == f"#{dialog_id}"
    assert trigger_link.inner_text().strip() == trigger
    section = page.locator(f"#{dialog_id}")
    assert section.evaluate("el => el.tagName") == "SECTION"
    assert section.is_visible()
    assert page.get_by_role("region", name=title).count() == 1
    # Only the link and the content's own link are focusable: no Close button, no dead button.
    tab_to(page, f"({WHERE})() === 'trigger'")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == link
    page.keyboard.press("Tab")
    assert page.evaluate("!document.activeElement.closest('#example')")


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_enter_on_the_link_moves_to_the_content(open_page, lang) -> None:
    page = open_page(_long_page(lang), js=False)
    page.set_viewport_size({"width": 1280, "height": 500})
    tab_to(page, f"({WHERE})() === 'trigger'")
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#income-help'")
    assert page.evaluate("document.querySelector(':target').id") == "income-help"
    top = page.evaluate("document.getElementById('income-help').getBoundingClientRect().top")
    assert -1 <= top <= 5, top  # scrolled to the top of the window
    assert page.evaluate("window.scrollY") > 0
    # The next Tab starts from the content: its link, not the trigger or a Close button.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "income guide"


def test_an_alertdialog_needs_its_message_as_text() -> None:
    answer = Markup('<form><button type="submit">Yes, withdraw</button></form>')
    base = {"id": "withdraw", "title": "Withdraw?", "trigger_text": "Withdraw"}
    with pytest.raises(gcds.ParamError, match="'text': is required with role 'alertdialog'"):
        gcds.render("dialog", role="alertdialog", caller=answer, **base)
    html = str(
        gcds.render(
            "dialog", role="alertdialog", text="You cannot undo this.", caller=answer, **base
        )
    )
    assert 'aria-describedby="withdraw-message"' in html
    assert '<p class="gcds-dialog__text" id="withdraw-message">You cannot undo this.</p>' in html
    assert html.index("withdraw-message") < html.index("Yes, withdraw")
    with pytest.raises(gcds.ParamError, match="not both"):
        gcds.render("dialog", text="A message.", caller=answer, **base)
    plain = str(gcds.render("dialog", text="A message.", **base))
    assert "aria-describedby" not in plain and "withdraw-message" not in plain
