// Resolves once the page has settled: every font it uses has loaded and no finite animation
// or CSS transition is still running. Every check that reads the page (axe, the Tab walk,
// screenshots) waits for this first, so none reads a state in between (a focus style still
// fading out, a fallback font about to swap). Works with page JavaScript disabled: it runs
// through the DevTools protocol, and animation promises resolve on the page's frames.
// ``frames``: then wait that many rendering frames more, for work gcds.js schedules for the
// next frame after load (a table region becomes a Tab stop only once it is measured).
async (frames = 0) => {
  document.documentElement.getBoundingClientRect(); // lay out, so every font in use is requested
  await document.fonts.ready;
  const finite = (a) => a.playState === "running" && a.effect &&
    Number.isFinite(a.effect.getComputedTiming().endTime);
  for (let round = 0; round < 20; round += 1) {
    const moving = document.getAnimations().filter(finite);
    if (!moving.length) {
      for (let frame = 0; frame < frames; frame += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return true;
    }
    await Promise.all(moving.map((a) => a.finished.catch(() => null)));
  }
  throw new Error("gcds checks: the page never settled (animations kept starting)");
}
