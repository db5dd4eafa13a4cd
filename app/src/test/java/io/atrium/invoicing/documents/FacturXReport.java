package io.atrium.invoicing.documents;

import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * Mustang's validator (test scope: only in the test JVM), which checks the PDF/A-3 part with
 * veraPDF and the XML against EN 16931 and, when seller and buyer are French, the BR-FR schematron.
 * Its first call compiles the XSLTs (~17 s); later ones take about a second.
 */
final class FacturXReport {

  private FacturXReport() {}

  /** The validator's XML report on a Factur-X PDF or a CII XML. */
  static String of(byte[] file, String name) {
    return new ZUGFeRDValidator().validate(file, name);
  }

  /**
   * The same without Mustang's own recomputation of the totals, which fails with a
   * NullPointerException on a VAT breakdown of category O (Item.enrichProductFromVATBreakdown reads
   * the rate EN 16931 forbids there, BR-O-?): the schematron's BR-CO rules still check every total.
   */
  static String withoutArithmetics(byte[] file, String name) {
    ZUGFeRDValidator validator = new ZUGFeRDValidator();
    validator.disableArithmeticCheck();
    return validator.validate(file, name);
  }
}
