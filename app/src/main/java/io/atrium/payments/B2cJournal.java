package io.atrium.payments;

import io.atrium.invoicing.InvoiceFootprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The journal of payments from private customers (cash-register rule, see the package): one row per
 * B2C payment in the payment's own transaction, numbered without gaps per tenant and chained like
 * the invoices. Appends of a tenant queue behind a transaction-scoped advisory lock, so two
 * payments never take the same number or the same previous footprint.
 */
@ApplicationScoped
public class B2cJournal {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Appends the payment; returns its place in the journal. */
  public long append(Payment payment, String payer) {
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtext('b2c-journal:' || atrium_current_tenant()))")
        .getResultList();
    List<?> last =
        em.createNativeQuery(
                "SELECT seq, footprint FROM b2c_payment_journal ORDER BY seq DESC LIMIT 1")
            .getResultList();
    long seq = 1;
    String previous = InvoiceFootprint.GENESIS;
    if (!last.isEmpty()) {
      Object[] row = (Object[]) last.get(0);
      seq = ((Number) row[0]).longValue() + 1;
      previous = row[1].toString();
    }
    Instant at = payment.getRecordedAt().truncatedTo(ChronoUnit.MICROS);
    String name = payer.length() > 200 ? payer.substring(0, 200) : payer;
    Entry entry =
        new Entry(
            seq, payment.getId(), at, payment.getAmount(), payment.getCurrency(), name, previous);
    em.createNativeQuery(
            "INSERT INTO b2c_payment_journal (tenant_id, seq, payment_id, recorded_at, amount,"
                + " currency, payer, previous_footprint, footprint)"
                + " VALUES (atrium_current_tenant(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, seq)
        .setParameter(2, payment.getId())
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, payment.getAmount())
        .setParameter(5, payment.getCurrency())
        .setParameter(6, name)
        .setParameter(7, previous)
        .setParameter(8, entry.footprint())
        .executeUpdate();
    return seq;
  }

  /** The first entry whose number, link or footprint does not hold, or empty when all do. */
  public Optional<Long> firstBroken() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT seq, payment_id, recorded_at, amount, currency, payer, previous_footprint,"
                    + " footprint FROM b2c_payment_journal ORDER BY seq")
            .getResultList();
    String previous = InvoiceFootprint.GENESIS;
    long expected = 1;
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      long seq = ((Number) c[0]).longValue();
      Entry entry =
          new Entry(
              seq,
              ((Number) c[1]).longValue(),
              instant(c[2]),
              new BigDecimal(c[3].toString()),
              c[4].toString(),
              c[5].toString(),
              c[6].toString());
      if (seq != expected
          || !previous.equals(entry.previous())
          || !entry.footprint().equals(c[7])) {
        return Optional.of(seq);
      }
      previous = entry.footprint();
      expected++;
    }
    return Optional.empty();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return Instant.parse(value.toString());
  }

  /** One entry as chained: its fields, one per line, then the previous footprint. */
  record Entry(
      long seq,
      long paymentId,
      Instant recordedAt,
      BigDecimal amount,
      String currency,
      String payer,
      String previous) {

    String footprint() {
      String amountText = amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
      String canonical =
          "seq="
              + seq
              + "\npayment="
              + paymentId
              + "\nrecorded_at="
              + recordedAt
              + "\namount="
              + amountText
              + "\ncurrency="
              + currency
              + "\npayer="
              + payer.replace("\\", "\\\\").replace("\n", "\\n")
              + "\nprevious="
              + previous
              + "\n";
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
