package io.atrium.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The set-based writer names every column the entities map: a field added to {@link Invoice} or
 * {@link InvoiceLine} and not to {@link InvoiceRows} would be left empty on every invoice a billing
 * run issues, while the same invoice issued from its page would have it.
 */
class InvoiceRowsTest {

  @Test
  void invoiceRowsWriteEveryColumnAnInvoiceMaps() {
    assertEquals(mapped(Invoice.class), written(InvoiceRows.INVOICE));
  }

  @Test
  void lineRowsWriteEveryColumnALineMaps() {
    assertEquals(mapped(InvoiceLine.class), written(InvoiceRows.LINE));
  }

  /** The id and the columns of the entity's own fields (tenant and version are the writer's). */
  private static Set<String> mapped(Class<?> entity) {
    Set<String> columns = new TreeSet<>(Set.of("id"));
    for (Field field : entity.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(OneToMany.class)) {
        continue;
      }
      Column column = field.getAnnotation(Column.class);
      JoinColumn join = field.getAnnotation(JoinColumn.class);
      if (column != null) {
        columns.add(column.name());
      } else if (join != null) {
        columns.add(join.name());
      } else {
        columns.add("unmapped field " + field.getName());
      }
    }
    return columns;
  }

  private static <T> Set<String> written(List<InvoiceRows.Column<T>> columns) {
    return columns.stream()
        .map(InvoiceRows.Column::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
