export const PAGE_SIZE = 20;

/** What the public may see: published, not withdrawn, and due. */
export const visibleNow = () => ({ withdrawnAt: null, publishAt: { lte: new Date() } });
