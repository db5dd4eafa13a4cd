package io.atrium.shared.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void neutralisesCellsASpreadsheetWouldEvaluate() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")"));
    assertEquals("'+33 1 23", CsvWriter.cell("+33 1 23"));
    assertEquals("'-2+3", CsvWriter.cell("-2+3"));
    assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
    assertEquals("'\tcmd", CsvWriter.cell("\tcmd"));
  }

  @Test
  void quotesSeparatorsQuotesAndLineBreaks() {
    assertEquals("\"Dupont, Marie\"", CsvWriter.cell("Dupont, Marie"));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvWriter.cell("two\nlines"));
    assertEquals("", CsvWriter.cell(null));
    assertEquals("Zoé", CsvWriter.cell("Zoé"));
  }

  @Test
  void writesRowsWithCrLfAfterAByteOrderMark() {
    StringWriter out = new StringWriter();
    CsvWriter.to(out).row("Name", "Phone").row("Zoé, R.", "=1+1").flush();
    assertEquals("\uFEFFName,Phone\r\n\"Zoé, R.\",'=1+1\r\n", out.toString());
  }
}
