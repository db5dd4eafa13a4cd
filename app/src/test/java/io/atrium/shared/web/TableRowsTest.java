package io.atrium.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table's model goes into the session with its view-scoped bean, once per recent view, and a
 * clustered server writes the session after every request: its filters must go with it, its loaded
 * page must not.
 */
class TableRowsTest {

  /** A table of names with a search box, as the app's tables are made. */
  static final class Names extends TableRows<String> {
    private static final long serialVersionUID = 1L;
    String search = "";

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return 100;
    }

    @Override
    public List<String> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return IntStream.range(first, first + pageSize).mapToObj(i -> "Visitor number " + i).toList();
    }
  }

  @Test
  void theLoadedPageServesTheRequestButStaysOutOfTheSession() throws Exception {
    Names names = new Names();
    names.search = "Martin";
    names.setPageSize(50);
    byte[] empty = serialized(names);
    names.setWrappedData(names.load(0, 50, Map.of(), Map.of()));
    names.setRowIndex(3);
    assertTrue(names.isRowAvailable());
    assertEquals("Visitor number 3", names.getRowData());
    assertEquals(50, names.getWrappedData().size());

    byte[] saved = serialized(names);
    assertEquals(empty.length, saved.length, "fifty rows weigh nothing in the session");
    Names back = (Names) deserialized(saved);
    assertEquals("Martin", back.search, "the search goes on after a failover");
    assertEquals(50, back.getPageSize());
    assertNull(back.getWrappedData(), "PrimeFaces reads the page again when it finds none");
    assertFalse(back.isRowAvailable());
  }

  @Test
  void everyLazyTableOfTheAppKeepsItsPageOutOfTheSession() {
    List<JavaClass> tables =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.atrium")
                .stream()
                .filter(c -> c.isAssignableTo(LazyDataModel.class))
                .toList();
    assertTrue(tables.size() > 15, "the app's lazy tables were found: " + tables.size());
    List<String> heavy =
        tables.stream()
            .filter(c -> !c.isAssignableTo(TableRows.class))
            .map(JavaClass::getName)
            .toList();
    assertEquals(List.of(), heavy, "extend TableRows, not LazyDataModel");
  }

  private static byte[] serialized(Object object) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    return bytes.toByteArray();
  }

  private static Object deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
