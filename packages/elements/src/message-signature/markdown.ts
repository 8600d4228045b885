import { micromark } from 'micromark';

/**
 * Markdown as HTML for the preview, by micromark (CommonMark) with its safe defaults: raw HTML in
 * the text is escaped, never run, and links or images with a dangerous protocol (`javascript:`,
 * `data:`…) lose their URL. Its own module so that it loads only with a signature to preview.
 */
export const markdownToHtml = (markdown: string): string => micromark(markdown);
