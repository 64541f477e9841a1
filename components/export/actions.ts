/**
 * What the export menu asks the page to do. The menu itself touches no storage and sends nothing:
 * it only hands text to the clipboard, a file to the download folder, or a mailto link to the
 * member's mail client. These defaults use plain DOM APIs; a page may pass its own.
 */
export type ExportActions = {
  copyText(text: string): Promise<void>;
  download(fileName: string, content: string, mime: string): void;
  /** Open a mailto: link in the member's mail client. */
  openMailto(href: string): void;
  /** Open the print page (「事前質問票」). */
  openPrint(): void;
};

export const domExportActions: ExportActions = {
  async copyText(text) {
    await navigator.clipboard.writeText(text);
  },
  download(fileName, content, mime) {
    const url = URL.createObjectURL(new Blob([content], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  openMailto(href) {
    const a = document.createElement('a');
    a.href = href;
    document.body.append(a);
    a.click();
    a.remove();
  },
  openPrint() {
    window.open('/print.html', '_blank', 'noopener');
  },
};
