package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.testing.MappedColumns;
import org.junit.jupiter.api.Test;

/**
 * The set-based writer names every column the entities map: a field added to {@link Invoice} or
 * {@link InvoiceLine} and not to {@link InvoiceRows} would be left empty on every invoice a billing
 * run issues, while the same invoice issued from its page would have it.
 */
class InvoiceRowsTest {

  @Test
  void invoiceRowsWriteEveryColumnAnInvoiceMaps() {
    assertEquals(MappedColumns.of(Invoice.class), MappedColumns.written(InvoiceRows.INVOICE));
  }

  @Test
  void lineRowsWriteEveryColumnALineMaps() {
    assertEquals(MappedColumns.of(InvoiceLine.class), MappedColumns.written(InvoiceRows.LINE));
  }
}
