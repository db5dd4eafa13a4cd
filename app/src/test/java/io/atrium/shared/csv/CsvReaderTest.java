package io.atrium.shared.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  @Test
  void aStreamHandsOverEachRecordAsReadWithItsLineAndTheHeadersSeparator() throws Exception {
    List<CsvReader.Row> rows = new ArrayList<>();
    CsvReader.stream(new StringReader("\uFEFFnuméro;code\r\n101;\"7\"\r\n\r\n102;8"), rows::add);

    assertEquals(List.of("numéro", "code"), rows.get(0).cells(), "the byte order mark dropped");
    assertEquals(List.of("101", "7"), rows.get(1).cells());
    assertEquals(4, rows.get(2).line());
  }

  @Test
  void aStreamRefusesARecordFarTooLongAtItsLine() {
    String junk = "number\n1\n" + "9".repeat(CsvReader.MAX_RECORD_CHARS + 1);
    var refused =
        assertThrows(
            CsvReader.MalformedException.class,
            () -> CsvReader.stream(new StringReader(junk), row -> {}));
    assertEquals(3, refused.line());
    assertTrue(refused.tooLong());
  }

  @Test
  void aStreamNamesTheLineWhereItsBytesStopBeingUtf8() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("number\n1\n2\n".getBytes(StandardCharsets.UTF_8));
    bytes.write("3,Entrée\n".getBytes(StandardCharsets.ISO_8859_1));
    List<CsvReader.Row> rows = new ArrayList<>();
    var refused =
        assertThrows(
            CsvReader.UnreadableException.class,
            () ->
                CsvReader.stream(
                    new StrictUtf8Reader(new ByteArrayInputStream(bytes.toByteArray())),
                    rows::add));
    assertEquals(4, refused.line());
    assertEquals(3, rows.size(), "the lines before were read");
  }
}
