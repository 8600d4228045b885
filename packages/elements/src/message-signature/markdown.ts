import { micromark } from 'micromark';

/**
 * Markdown as HTML for the preview, by micromark (CommonMark) with its safe defaults: raw HTML in
 * the text is escaped, never run, and links or images with a dangerous protocol (`javascript:`,
 * `data:`…) lose their URL. Its own module so that it loads only with a signature to preview.
 *
 * A link that lost its URL keeps `href=""`, which points at the page itself: clicking it in the
 * preview would reload the settings. Without `href` it is plain text. (The text's own `<a` is
 * escaped, so only micromark's links match.)
 */
export const markdownToHtml = (markdown: string): string => micromark(markdown).replace(/<a href=""/g, '<a');
