package io.atrium.shared.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.shared.format.Formats;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void neutralisesCellsASpreadsheetWouldEvaluate() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")", ','));
    assertEquals("'+33 1 23", CsvWriter.cell("+33 1 23", ','));
    assertEquals("'-2+3", CsvWriter.cell("-2+3", ','));
    assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)", ','));
    assertEquals("'\tcmd", CsvWriter.cell("\tcmd", ','));
  }

  @Test
  void quotesSeparatorsQuotesAndLineBreaks() {
    assertEquals("\"Dupont, Marie\"", CsvWriter.cell("Dupont, Marie", ','));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\"", ','));
    assertEquals("\"two\nlines\"", CsvWriter.cell("two\nlines", ','));
    assertEquals("", CsvWriter.cell(null, ','));
    assertEquals("Zoé", CsvWriter.cell("Zoé", ','));
  }

  @Test
  void writesRowsWithCrLfAfterAByteOrderMark() {
    StringWriter out = new StringWriter();
    CsvWriter.to(out, Formats.of(Locale.ENGLISH, "IN"))
        .row("Name", "Phone")
        .row("Zoé, R.", "=1+1")
        .flush();
    assertEquals("\uFEFFName,Phone\r\n\"Zoé, R.\",'=1+1\r\n", out.toString());
  }

  @Test
  void frenchReadersGetSemicolonsSoFrenchExcelSplitsTheColumns() {
    StringWriter out = new StringWriter();
    CsvWriter.to(out, Formats.of(Locale.FRENCH, "FR"))
        .row("Nom", "Montant")
        .row("Dupont; Marie", "12,50")
        .flush();
    assertEquals("\uFEFFNom;Montant\r\n\"Dupont; Marie\";12,50\r\n", out.toString());
  }
}
