package io.atrium.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The baseline server's application: one static page, so that the baseline measures the runtime
 * with Atrium's features and settings but without Atrium's code, libraries or database.
 */
public final class EmptyApp {

  static final String WAR_NAME = "bench-empty.war";

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Empty</title></head>
      <body><p>Baseline page for the Atrium benchmarks.</p></body></html>
      """;

  private EmptyApp() {}

  /**
   * Served at the root like Atrium, through the same means (ibm-web-ext.xml), so the server needs
   * no webApplication element and the WAR can go to dropins.
   */
  private static final String WEB_EXT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.1">
        <context-root uri="/"/>
      </web-ext>
      """;

  /** Writes the WAR: the page and the context root; a static welcome page needs no web.xml. */
  public static void writeWar(Path war) throws IOException {
    Files.createDirectories(war.getParent());
    try (OutputStream file = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      add(zip, "index.html", PAGE);
      add(zip, "WEB-INF/ibm-web-ext.xml", WEB_EXT);
    }
  }

  private static void add(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * Atrium's server.xml without its data source (nothing would use it) and without any
   * webApplication element (the empty app is deployed from dropins). Features and every other
   * setting stay as they are, which is checked, since the comparison means nothing otherwise.
   */
  public static String serverXml(String atriumServerXml) {
    String xml =
        atriumServerXml
            .replaceFirst("(?s)\\s*<dataSource\\b.*?</dataSource>", "")
            .replaceAll("(?s)\\s*<webApplication\\b[^>]*?(/>|>.*?</webApplication>)", "");
    if (!features(xml).equals(features(atriumServerXml))) {
      throw new IllegalStateException("The baseline's features differ from Atrium's");
    }
    return xml;
  }

  private static String features(String serverXml) {
    int start = serverXml.indexOf("<featureManager>");
    int end = serverXml.indexOf("</featureManager>");
    if (start < 0 || end < start) {
      throw new IllegalStateException("No <featureManager> in server.xml");
    }
    return serverXml.substring(start, end);
  }
}
