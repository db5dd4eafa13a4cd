package io.atrium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF as a person or a machine would: its text, its XMP metadata, an attached file. */
public final class PdfFiles {

  private PdfFiles() {}

  /**
   * The text of every page as a reader copies it, every run of white space (line breaks and the
   * non-breaking spaces of French amounts included) made one space.
   */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's XMP metadata (where PDF/A declares its part and conformance). */
  public static String xmp(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var metadata = document.getDocumentCatalog().getMetadata();
      return metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the XMP says PDF/A-3b. */
  public static boolean isPdfA3b(byte[] pdf) {
    return isPdfA3(pdf, "B");
  }

  /**
   * Whether the XMP says PDF/A-3 of one of these conformance levels (Mustang declares a Factur-X
   * PDF 3u, which the validator then checks as such: a 3b file whose text is all Unicode).
   */
  public static boolean isPdfA3(byte[] pdf, String levels) {
    String xmp = xmp(pdf);
    return xmp.matches("(?s).*pdfaid:part(=\"|>)3.*")
        && xmp.matches("(?s).*pdfaid:conformance(=\"|>)[" + levels + "].*");
  }

  /** The names of the fonts of the first page, each embedded when the PDF is PDF/A. */
  public static boolean fontsEmbedded(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        if (!resources.getFont(name).isEmbedded()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content of the attached file of that name, or null. */
  public static String attachment(byte[] pdf, String fileName) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
      if (names == null || names.getEmbeddedFiles() == null) {
        return null;
      }
      PDComplexFileSpecification file = names.getEmbeddedFiles().getNames().get(fileName);
      return file == null
          ? null
          : new String(file.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
