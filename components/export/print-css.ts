/** Styles of the A4 「事前質問票」 (screen preview + print). Plain CSS text, no PDF text in it. */
export const PRINT_CSS = `
@page {
  size: A4 portrait;
  margin: 16mm 15mm 18mm 15mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #444; }
}
.print-sheet {
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "YuGothic", "Meiryo", sans-serif;
  font-size: 10.5pt; line-height: 1.6; color: #000; background: #fff;
  width: 180mm; margin: 0 auto; padding: 8mm 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
  line-break: strict; overflow-wrap: anywhere;
}
.print-sheet h1 { font-size: 16pt; text-align: center; letter-spacing: 0.5em; margin: 0 0 2mm; }
.print-sheet .subtitle { text-align: center; margin: 0 0 4mm; }
.print-sheet table { width: 100%; border-collapse: collapse; }
.print-sheet th, .print-sheet td { border: 0.3mm solid #000; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
.print-sheet th { background: #eee; font-weight: bold; white-space: nowrap; }
.print-sheet .meta { margin-bottom: 6mm; }
.print-sheet .meta th { width: 18mm; }
.print-sheet section { margin-top: 6mm; }
.print-sheet section.break-before { break-before: page; margin-top: 0; }
.print-sheet section.keep { break-inside: avoid; }
.print-sheet .section-head { break-inside: avoid; break-after: avoid; }
.print-sheet h2 { font-size: 12pt; margin: 0 0 2mm; break-after: avoid; border-left: 1.5mm solid #000; padding-left: 2mm; }
.print-sheet h2 .number { margin-right: 1em; }
.print-sheet .doc { font-size: 9pt; margin: -1mm 0 2mm; }
.print-sheet thead { display: table-header-group; }
.print-sheet tr { break-inside: avoid; }
.print-sheet .col-no { width: 9mm; text-align: right; }
.print-sheet .col-page { width: 20mm; }
.print-sheet .col-quote { width: 52mm; }
.print-sheet .quote { white-space: pre-wrap; font-size: 9.5pt; }
.print-sheet .question { white-space: pre-wrap; }
.print-sheet .empty { text-align: center; padding: 20mm 0; }
.print-toolbar { text-align: center; margin: 4mm 0; font-family: sans-serif; }
@media screen {
  body.print-page { background: #777; margin: 0; }
  body.print-page .print-sheet { box-shadow: 0 0 4mm rgba(0,0,0,.4); padding: 16mm 15mm; min-height: 265mm; width: 180mm; }
}
@media print {
  body.print-page { background: #fff; margin: 0; }
  .no-print { display: none !important; }
  .print-sheet { width: auto; padding: 0; }
}
`;
