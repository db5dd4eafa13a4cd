package io.atrium.invoicing;

import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A closed month or financial year: nothing can be issued or paid with a date inside it (database
 * trigger AT002), and its archive (the period's documents, lines and payments as CSV with a
 * SHA256SUMS file) is kept with its own SHA-256. Written once, never changed (the application's
 * role may not update or delete it).
 */
@Entity
@Table(name = "period_closing")
public class PeriodClosing extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Kind {
    MONTH,
    YEAR;

    public String getLabelKey() {
      return "closing.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", updatable = false)
  private Kind kind;

  @Column(name = "period_start", updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", updatable = false)
  private LocalDate periodEnd;

  @Convert(converter = InstantConverter.class)
  @Column(name = "closed_at", updatable = false)
  private Instant closedAt;

  @Column(name = "closed_by", updatable = false)
  private String closedBy;

  @Column(name = "documents", updatable = false)
  private int documents;

  @Column(name = "payments", updatable = false)
  private int payments;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "archive", updatable = false)
  private byte[] archive;

  @Column(name = "archive_sha256", updatable = false)
  private String archiveSha256;

  protected PeriodClosing() {}

  public PeriodClosing(
      Kind kind,
      LocalDate periodStart,
      LocalDate periodEnd,
      Instant closedAt,
      String closedBy,
      ClosingArchive.Built archive) {
    this.kind = kind;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.closedAt = closedAt;
    this.closedBy = closedBy;
    this.documents = archive.documents();
    this.payments = archive.payments();
    this.archive = archive.zip();
    this.archiveSha256 = archive.sha256();
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public int getDocuments() {
    return documents;
  }

  public int getPayments() {
    return payments;
  }

  public byte[] getArchive() {
    return archive;
  }

  public String getArchiveSha256() {
    return archiveSha256;
  }
}
