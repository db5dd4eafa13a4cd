package io.atrium.invoicing.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * A document as PDF/A-3b: its XHTML ({@link InvoiceHtml}) drawn with DejaVu Sans embedded (the €
 * and ₹ glyphs; PDF/A embeds every font) and an sRGB output intent. Nothing is fetched while
 * drawing: only inline data: images are let through, every other address is refused.
 */
public final class InvoicePdf {

  private static final String FAMILY = "DejaVu Sans";
  private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // The renderer logs every font load and layout pass at INFO: one document, a dozen lines.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private InvoicePdf() {}

  /** The PDF/A-3b of the document. */
  public static byte[] of(DocumentFacts facts) {
    return render(InvoiceHtml.of(facts));
  }

  static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
    builder.useColorProfile(SRGB);
    builder.withProducer("Atrium");
    builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:image/"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] resource(String path) {
    try (InputStream in = InvoicePdf.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
