/**
 * Waiting for the screen: the next frame, or just after it is painted. Where there are no frames
 * (a hidden tab) each gives up after 50 ms, so nothing waits for a tab the user may never show.
 */
const frame = (then: (done: () => void) => void) =>
  new Promise<void>((done) => {
    requestAnimationFrame(() => then(done));
    setTimeout(done, 50);
  });

/** The next frame, before it is painted. */
export const nextFrame = (): Promise<void> => frame((done) => done());

/** Just after the next frame is painted. */
export const afterPaint = (): Promise<void> => frame((done) => setTimeout(done));
