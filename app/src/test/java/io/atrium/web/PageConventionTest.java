package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One backing bean per page, and the page lives where the bean's package says: {@code
 * io.atrium.billing.web.invoices.EditInvoiceBacking} serves a page in {@code billing/invoices/},
 * {@code io.atrium.web.HomeBacking} one at the root.
 */
class PageConventionTest {

  private static final Path CLASSES = Path.of("target/classes");
  private static final Path PAGES = Path.of("src/main/webapp");

  @Test
  void everyBackingBeanIsUsedByAPageInTheFolderItsPackageNames() throws IOException {
    List<Path> beans;
    try (Stream<Path> files = Files.walk(CLASSES.resolve("io/atrium"))) {
      beans = files.filter(p -> p.getFileName().toString().endsWith("Backing.class")).toList();
    }
    assertFalse(beans.isEmpty(), "backing beans found");
    for (Path bean : beans) {
      String className = bean.getFileName().toString().replace(".class", "");
      String elName = Character.toLowerCase(className.charAt(0)) + className.substring(1);
      Path folder = pageFolder(CLASSES.resolve("io/atrium").relativize(bean.getParent()));
      assertTrue(
          usedIn(PAGES.resolve(folder), elName),
          className + " should back a page in " + PAGES.resolve(folder));
    }
  }

  /**
   * io/atrium/web -> the root; io/atrium/billing/web/invoices -> billing/invoices. The client
   * space's pages all live under portal/ whichever capability backs them
   * (io/atrium/helpdesk/web/portal -> portal), and the sign-in pages at the root like the shell's
   * (io/atrium/signin/web/account -> account).
   */
  static Path pageFolder(Path packagePath) {
    String p = packagePath.toString().replace('\\', '/');
    for (String root : new String[] {"web", "signin/web"}) {
      if (p.equals(root)) {
        return Path.of("");
      }
      if (p.startsWith(root + "/")) {
        return Path.of(p.substring(root.length() + 1));
      }
    }
    int portal = p.indexOf("/web/portal");
    if (portal > 0) {
      return Path.of("portal" + p.substring(portal + "/web/portal".length()));
    }
    return Path.of(p.replace("/web", ""));
  }

  private static boolean usedIn(Path folder, String elName) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> pages = Files.list(folder)) {
      return pages
          .filter(p -> p.toString().endsWith(".xhtml"))
          .anyMatch(p -> read(p).contains("#{" + elName + "."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void packagesMapToFolders() {
    assertTrue(pageFolder(Path.of("web")).toString().isEmpty());
    assertTrue(pageFolder(Path.of("billing/web/invoices")).equals(Path.of("billing/invoices")));
    assertTrue(pageFolder(Path.of("helpdesk/web/portal")).equals(Path.of("portal")));
    assertTrue(pageFolder(Path.of("signin/web")).toString().isEmpty());
    assertTrue(pageFolder(Path.of("signin/web/account")).equals(Path.of("account")));
  }
}
