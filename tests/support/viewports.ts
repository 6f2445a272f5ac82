/**
 * The two widths a reader check runs at: a common phone (390 × 844, the width readers
 * reported problems at) and a laptop. One list, so every spec means the same widths.
 */
export const READER_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

/** A phone used by touch, as readers reported the map's problems on it. */
export const PHONE_BY_TOUCH = { viewport: READER_VIEWPORTS[0], hasTouch: true, isMobile: true } as const;
