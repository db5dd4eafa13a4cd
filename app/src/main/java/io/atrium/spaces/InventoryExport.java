package io.atrium.spaces;

import io.atrium.shared.csv.CsvWriter;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Writer;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The inventory list as CSV, in the reader's language and separator ({@code ;} in French): the
 * columns, states and days the import reads back, so a file exported, corrected and imported into
 * another centre works as it is (serial numbers aside, which stay unique).
 */
@ApplicationScoped
public class InventoryExport {

  /** At most this many rows, as the page would show them. */
  static final int MAX_ROWS = 10_000;

  private static final List<String> COLUMNS =
      List.of(
          "inventory.field.space",
          "inventory.field.type",
          "inventory.field.label",
          "inventory.field.serialNumber",
          "inventory.field.state",
          "inventory.field.acquiredOn");

  @Inject Inventory inventory;

  @Transactional
  public void write(AssetSearch search, Formats formats, Writer out) {
    ResourceBundle bundle = Texts.bundle(formats.getLocale());
    CsvWriter csv = CsvWriter.to(out, formats);
    csv.row(COLUMNS.stream().map(bundle::getString).toList());
    for (Asset asset : inventory.list(search, 0, MAX_ROWS)) {
      csv.row(
          asset.getSpace().getName(),
          asset.getType(),
          asset.getLabel(),
          asset.getSerialNumber(),
          bundle.getString(asset.getState().getLabelKey()),
          formats.dateInput(asset.getAcquiredOn()));
    }
    csv.flush();
  }
}
