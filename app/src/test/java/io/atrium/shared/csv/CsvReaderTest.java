package io.atrium.shared.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsFrenchExcelsSemicolonsWithQuotesAndKeepsEachRecordsLine() throws Exception {
    List<CsvReader.Row> rows =
        CsvReader.read(
            "\uFEFFespace;libellé\r\n\r\nSalle 1;\"Écran; 55\"\"\"\r\n\"Bureau\n2\";Lampe\r\nB3;x");

    assertEquals(List.of("espace", "libellé"), rows.get(0).cells());
    assertEquals(3, rows.get(1).line(), "the blank line 2 is skipped, not renumbered");
    assertEquals("Écran; 55\"", rows.get(1).cell(1));
    assertEquals("Bureau\n2", rows.get(2).cell(0));
    assertEquals(6, rows.get(3).line(), "a record after a quoted line break");
    assertEquals("", rows.get(3).cell(5), "a missing cell is empty");
  }

  @Test
  void commasSeparateWhenTheHeaderHasMoreOfThem() throws Exception {
    assertEquals(List.of("a;b", "c"), CsvReader.read("x,y\na;b,c").get(1).cells());
  }

  @Test
  void aQuoteNeverClosedNamesTheLineItOpensOn() {
    var refused =
        assertThrows(CsvReader.MalformedException.class, () -> CsvReader.read("a,b\n1,2\n\"3,4\n"));
    assertEquals(3, refused.line());
  }
}
