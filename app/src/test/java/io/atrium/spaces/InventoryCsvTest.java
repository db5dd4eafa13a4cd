package io.atrium.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.shared.csv.LineError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryCsvTest {

  private static InventoryCsv.Reading read(String csv) {
    return InventoryCsv.read(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void frenchHeadersInAnyOrderAndStatesInEitherLanguage() {
    InventoryCsv.Reading reading =
        read("ÉTAT;Acquis le;Libellé;ESPACE;Type\nEn réparation;31/12/2025;Lampe;B1;Luminaire\n");

    assertEquals(List.of(), reading.errors());
    AssetDetails lamp = reading.lines().get(0).details();
    assertEquals(Asset.State.IN_REPAIR, lamp.getState());
    assertEquals(LocalDate.of(2025, 12, 31), lamp.getAcquiredOn());
    assertEquals("B1", reading.lines().get(0).spaceName());
  }

  @Test
  void aHeaderWithoutLabelAndWithAnUnknownColumnIsRefusedOnLine1() {
    InventoryImportException refused =
        assertThrows(
            InventoryImportException.class, () -> read("space,type,colour\nB1,Desk,red\n"));
    assertEquals(
        List.of(
            new LineError(1, null, "inventory.import.header.unknown"),
            new LineError(1, "label", "inventory.import.header.missing")),
        refused.errors());
  }

  @Test
  void unreadableCellsAreListedWithTheirLines() {
    InventoryCsv.Reading reading =
        read("space,type,label,state,acquired on\nB1,Desk,D1,shiny,\nB1,Desk,D2,,2025-13-01\n");
    assertEquals(
        List.of(
            new LineError(2, "state", "inventory.import.state.unknown"),
            new LineError(3, "acquiredOn", "inventory.import.date.invalid")),
        reading.errors());
  }

  @Test
  void aFileThatIsNotUtf8OrTooLargeIsRefusedWhole() {
    byte[] latin1 = "space,type,label\nB1,Écran,E\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "inventory.import.encoding",
        assertThrows(InventoryImportException.class, () -> InventoryCsv.read(latin1))
            .errors()
            .get(0)
            .key());
    byte[] large = new byte[InventoryCsv.MAX_BYTES + 1];
    assertEquals(
        "inventory.import.tooLarge",
        assertThrows(InventoryImportException.class, () -> InventoryCsv.read(large))
            .errors()
            .get(0)
            .key());
  }
}
