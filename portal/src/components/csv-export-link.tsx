/** The link that downloads a list's CSV export (the whole view, every page), shown in its paging footer. */

export interface CsvExportLinkProps {
  /** The export's URL; nothing is shown without one (nothing to export). */
  href: string | undefined;
  text: string;
  testId: string;
}

export function CsvExportLink({ href, text, testId }: CsvExportLinkProps) {
  // A download, not a page: a plain link, so the browser saves the file.
  return href ? (
    <a href={href} download data-testid={testId}>
      {text}
    </a>
  ) : null;
}
