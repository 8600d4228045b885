/** Whether this is an Apple device, whose keyboards say ⌘ where others say Ctrl. */
export const isApple = (): boolean =>
  /Mac|iPhone|iPad|iPod/.test(
    (navigator as Navigator & { userAgentData?: { platform: string } }).userAgentData?.platform ||
      navigator.platform ||
      navigator.userAgent,
  );
