"""Known-bad markup that must trip every check (gcds's own suite and gcds check alike)."""

#: A page with a landmark and an h1, failing axe (image-alt, button-name), reflow at 320 px,
#: target size, the focus indicator, and focused-text contrast; one link is unreachable.
FAILS_EVERY_CHECK = (
    '<!DOCTYPE html><html lang="en"><head><title>Bad</title><style>'
    ".nofocus:focus{outline:none} .tiny{width:10px;height:10px;padding:0;border:0}"
    ".redonblue:focus-visible{outline:3px solid #1354ec;background:#1354ec;color:#b3192e}"
    '.wide{width:600px}</style></head><body><main><h1>Bad</h1><div id="example">'
    '<img src="x.png"><button class="nofocus" type="button">No focus style</button>'
    '<button class="tiny" type="button"></button><button class="tiny" type="button"></button>'
    '<div class="wide">Too wide</div><a href="#x" tabindex="-1">Unreachable</a>'
    '<p><a class="redonblue" href="#y">Red on blue when focused</a></p>'
    "</div></main></body></html>"
)

#: No lang, no main landmark, two h1s.
NO_STRUCTURE = (
    "<!DOCTYPE html><html><head><title>Shapeless</title></head><body>"
    "<h1>One</h1><h1>Two</h1><p>Text.</p></body></html>"
)
