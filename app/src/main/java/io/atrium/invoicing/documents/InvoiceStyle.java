package io.atrium.invoicing.documents;

/** The documents' style sheet: A4, DejaVu Sans (embedded: € and ₹), the tenant's colour. */
final class InvoiceStyle {

  private InvoiceStyle() {}

  /** The style sheet with {@code colour} (a checked #rrggbb) for headings and table heads. */
  static String css(String colour) {
    return """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm;
          @bottom-right { content: counter(page) " / " counter(pages);
            font-family: 'DejaVu Sans'; font-size: 7pt; color: #666666; } }
        body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #222222; }
        h1 { color: COLOUR; font-size: 17pt; margin: 0 0 2mm 0; }
        h2 { color: COLOUR; font-size: 9pt; margin: 0 0 1mm 0; text-transform: uppercase; }
        table { border-collapse: collapse; width: 100%; }
        .head td { vertical-align: top; }
        .brand { width: 45%; }
        .wordmark { color: COLOUR; font-size: 15pt; font-weight: bold; }
        .logo { max-height: 18mm; max-width: 60mm; }
        .title { text-align: right; }
        .meta { width: auto; margin-left: auto; }
        .meta th { text-align: left; font-weight: normal; color: #555555; padding-right: 3mm; }
        .meta td { text-align: right; font-weight: bold; }
        .ref { margin: 0 0 2mm 0; font-weight: bold; }
        .parties { margin: 6mm 0; }
        .parties td { width: 50%; vertical-align: top; padding-right: 4mm; }
        .lines th { background-color: COLOUR; color: #ffffff; text-align: left; padding: 1.2mm; }
        .lines td { border-bottom: 0.3pt solid #bbbbbb; padding: 1.2mm; vertical-align: top; }
        .lines.gst th, .lines.gst td { font-size: 7pt; padding: 0.8mm; }
        .lines .desc { width: 28%; }
        .n { text-align: right; white-space: nowrap; }
        .lines th.n { white-space: normal; }
        .sub { color: #555555; font-size: 7.5pt; }
        .totals { width: 60%; margin: 4mm 0 0 auto; }
        .totals td { padding: 0.8mm 1.2mm; }
        .totals tr.grand td { font-weight: bold; font-size: 10pt; border-top: 0.8pt solid COLOUR; }
        .words { margin-top: 3mm; font-weight: bold; }
        .mentions { margin-top: 6mm; font-size: 7.5pt; color: #333333; }
        .mentions p { margin: 0 0 1.2mm 0; }
        .footprint { margin-top: 4mm; font-size: 6.5pt; color: #777777; }
        """
        .replace("COLOUR", colour);
  }
}
