/** Whether this is an Apple device, whose keyboards say ⌘ where others say Ctrl. */
export const isApple = (): boolean =>
  /mac|iphone|ipad|ipod/i.test(
    (navigator as Navigator & { userAgentData?: { platform: string } }).userAgentData?.platform ||
      navigator.platform ||
      navigator.userAgent,
  );
