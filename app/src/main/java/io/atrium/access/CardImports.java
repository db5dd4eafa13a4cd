package io.atrium.access;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.csv.CsvReader;
import io.atrium.shared.csv.ImportRefusedException;
import io.atrium.shared.csv.LineError;
import io.atrium.shared.csv.StrictUtf8Reader;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * RFID import (access-cards:create): a CSV file of card numbers into one of the caller's centres,
 * where the cards are at once available for distribution. All or nothing: any wrong line refuses
 * the file with each wrong line (the first {@value #MOST_LISTED} listed, all counted), a number
 * twice in the file or already a card of the tenant included.
 *
 * <p>The file is read as a stream and each good line is sent to PostgreSQL as it is read (COPY into
 * a staging table that lives as long as the transaction); duplicates are then found there in SQL
 * and the cards written by one INSERT … SELECT. So the server's memory does not grow with the file,
 * and a 100,000-line file costs a few round trips, not 100,000.
 */
@ApplicationScoped
public class CardImports {

  /** The largest file read: about 300,000 cards. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /** The most wrong lines listed in a refusal; all are counted. */
  static final int MOST_LISTED = 1000;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  /** What an import wrote. */
  public record Imported(long importId, int cards) {}

  /**
   * @throws ImportRefusedException listing the wrong lines; nothing is written
   */
  @Transactional
  public Imported importFile(Long centreId, String fileName, InputStream content) {
    var principal = caller.require(Area.ACCESS_CARDS, Action.CREATE);
    if (centreId == null) {
      throw InvalidFieldsException.of("centreId", "card.centre.required");
    }
    Centre centre = em.find(Centre.class, centreId);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      throw new NotFoundException();
    }
    Report report = new Report();
    int staged = stage(content, report);
    if (report.isEmpty() && staged == 0) {
      report.add(new LineError(1, null, "card.import.empty"));
    }
    if (report.isEmpty()) {
      duplicates(report);
    }
    if (!report.isEmpty()) {
      throw report.refusal();
    }
    long importId = nextId();
    em.createNativeQuery(
            "INSERT INTO card_import (tenant_id, id, centre_id, file_name, cards, imported_by_id)"
                + " VALUES (atrium_current_tenant(), ?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, importId)
        .setParameter(2, centre.getId())
        .setParameter(3, shortName(fileName))
        .setParameter(4, staged)
        .setParameter(5, principal.personId())
        .executeUpdate();
    int written =
        em.createNativeQuery(
                "INSERT INTO access_card (tenant_id, id, centre_id, number, facility_code, kind,"
                    + " import_id) SELECT atrium_current_tenant(), nextval('atrium_id_seq'), ?1,"
                    + " number, facility_code, kind, ?2 FROM card_staging ORDER BY line")
            .setParameter(1, centre.getId())
            .setParameter(2, importId)
            .executeUpdate();
    audit.record(
        "CardImport",
        importId,
        "IMPORT",
        centre.getId(),
        Changes.of().field("file", null, shortName(fileName)).field("cards", null, written));
    return new Imported(importId, written);
  }

  /**
   * Reads the file into the transaction's staging table, good lines only; wrong ones to the report.
   *
   * @return how many good lines were staged
   */
  private int stage(InputStream content, Report report) {
    Connection connection = em.unwrap(Connection.class);
    CopyIn copy = null;
    try {
      try (Statement create = connection.createStatement()) {
        create.execute(
            "CREATE TEMP TABLE card_staging (line integer NOT NULL, number varchar(20) NOT NULL,"
                + " facility_code integer, kind varchar(12) NOT NULL) ON COMMIT DROP");
      }
      copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY card_staging (line, number, facility_code, kind) FROM STDIN");
      Staging staging = new Staging(copy);
      CardCsv csv = new CardCsv(staging, report::add);
      read(content, csv, report);
      if (!csv.headerRead() && report.isEmpty()) {
        report.add(new LineError(1, null, "card.import.empty"));
      }
      if (!report.isEmpty()) {
        return 0;
      }
      staging.flush();
      copy.endCopy();
      return staging.count();
    } catch (SQLException e) {
      throw new IllegalStateException("Staging the card file failed", e);
    } finally {
      cancel(copy);
    }
  }

  private static void read(InputStream content, CardCsv csv, Report report) {
    try (Reader reader = new StrictUtf8Reader(new Limited(content))) {
      CsvReader.stream(reader, csv);
    } catch (CsvReader.UnreadableException e) {
      String key =
          e.getCause() instanceof Limited.TooLarge
              ? "card.import.tooLarge"
              : "card.import.encoding";
      report.add(new LineError(e.line(), null, key));
    } catch (CsvReader.MalformedException e) {
      String key = e.tooLong() ? "card.import.lineTooLong" : "card.import.malformed";
      report.add(new LineError(e.line(), null, key));
    } catch (UncheckedIOException | IOException e) {
      report.add(new LineError(1, null, "card.import.unreadable"));
    }
  }

  /**
   * Numbers twice in the file (each line after the first), then numbers that are already cards of
   * the tenant, in any centre.
   */
  private void duplicates(Report report) {
    List<LineError> found = new ArrayList<>();
    long unlisted =
        lines(
            "SELECT line, count(*) OVER () FROM (SELECT line, row_number() OVER (PARTITION BY"
                + " number ORDER BY line) n FROM card_staging) d WHERE n > 1 ORDER BY line",
            "card.import.number.twice",
            found);
    unlisted +=
        lines(
            "SELECT s.line, count(*) OVER () FROM card_staging s JOIN access_card c"
                + " ON c.tenant_id = atrium_current_tenant() AND c.number = s.number"
                + " ORDER BY s.line",
            "card.import.number.taken",
            found);
    found.sort(Comparator.comparingInt(LineError::line));
    found.forEach(report::add);
    report.alsoWrong(unlisted);
  }

  /**
   * Adds the first lines the query finds to {@code into}.
   *
   * @return how many more it found
   */
  private long lines(String sql, String key, List<LineError> into) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setMaxResults(MOST_LISTED).getResultList();
    rows.forEach(row -> into.add(new LineError(((Number) row[0]).intValue(), "number", key)));
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue() - rows.size();
  }

  private long nextId() {
    return ((Number) em.createNativeQuery("SELECT nextval('atrium_id_seq')").getSingleResult())
        .longValue();
  }

  private static void cancel(CopyIn copy) {
    if (copy != null && copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException e) {
        // The transaction rolls back and the connection is closed by the pool if still in COPY.
      }
    }
  }

  private static String shortName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return null;
    }
    String name = fileName.replaceAll("[\\p{Cntrl}]", "").strip();
    return name.length() <= 120 ? name : name.substring(0, 120);
  }

  /** The wrong lines: the first listed, every wrong line counted. */
  private static final class Report {
    private final List<LineError> listed = new ArrayList<>();
    private long wrongLines;
    private int lastLine = -1;

    void add(LineError error) {
      if (error.line() != lastLine) {
        wrongLines++;
        lastLine = error.line();
      }
      if (listed.size() < MOST_LISTED) {
        listed.add(error);
      }
    }

    /** Wrong lines found but not listed. */
    void alsoWrong(long lines) {
      wrongLines += lines;
    }

    boolean isEmpty() {
      return wrongLines == 0;
    }

    ImportRefusedException refusal() {
      return new ImportRefusedException("card.import.refused", "card.column.", listed, wrongLines);
    }
  }

  /** Good lines to COPY, sent 64 KB at a time. */
  private static final class Staging implements java.util.function.Consumer<CardCsv.Card> {
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(70_000);
    private int count;

    Staging(CopyIn copy) {
      this.copy = copy;
    }

    @Override
    public void accept(CardCsv.Card card) {
      // Text format: the cells are digits and a kind's name, nothing to escape.
      buffer
          .append(card.line())
          .append('\t')
          .append(card.number())
          .append('\t')
          .append(card.facilityCode() == null ? "\\N" : card.facilityCode().toString())
          .append('\t')
          .append(card.kind().name())
          .append('\n');
      count++;
      if (buffer.length() >= 65_536) {
        flush();
      }
    }

    void flush() {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.US_ASCII);
      buffer.setLength(0);
      try {
        copy.writeToCopy(bytes, 0, bytes.length);
      } catch (SQLException e) {
        throw new IllegalStateException("COPY of the card file failed", e);
      }
    }

    int count() {
      return count;
    }
  }

  /** The file's bytes, refused past {@link #MAX_BYTES}. */
  private static final class Limited extends FilterInputStream {

    /** The file is larger than allowed. */
    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;
    }

    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
