package io.atrium.collection;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.TaxScheme;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The accounting exports for staff with invoices:read: checks the caller and the period first (so
 * that a refusal is an answer, not a broken file), then streams the file in the tenant's own
 * transaction, batch by batch.
 */
@ApplicationScoped
public class Exports {

  static final int MAX_DAYS = 366;

  @Inject Caller caller;

  @Inject Centres centres;

  @Inject Tenancy tenancy;

  @Inject InvoicesCsv invoicesCsv;

  @Inject PaymentsCsv paymentsCsv;

  @Inject Fec fec;

  @Inject Gstr1 gstr1;

  /**
   * The scope of an export of the caller's centres (or of one of them) between two days given as
   * yyyy-MM-dd, refused field by field; a centre the caller cannot see is not found.
   */
  @Transactional
  public ExportScope scope(String from, String to, Long centreId, boolean centreRequired) {
    caller.require(Area.INVOICES, Action.READ);
    Map<String, String> invalid = new LinkedHashMap<>();
    LocalDate first = day(from, "from", invalid);
    LocalDate last = day(to, "to", invalid);
    if (first != null
        && last != null
        && (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS)) {
      invalid.put("to", "collection.exports.period.invalid");
    }
    Set<Long> ids = null;
    if (centreId != null) {
      Centre centre = centres.get(centreId);
      if (centreRequired && centre.getTaxScheme() != TaxScheme.GST) {
        invalid.put("centre", "collection.exports.gstr1.centre");
      }
      ids = Set.of(centre.getId());
    } else if (centreRequired) {
      invalid.put("centre", "collection.exports.gstr1.centre");
    } else {
      CentreScope scope = caller.centres();
      ids = scope.all() ? null : scope.ids();
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    return new ExportScope(tenancy.currentTenantId().orElseThrow(), first, last, ids);
  }

  /** The SIREN of the tenant, which names a FEC file. */
  @Transactional
  public String fecFileName(ExportScope scope) {
    return fec.fileName(scope);
  }

  public void invoices(ExportScope scope, java.util.Locale language, OutputStream out) {
    tenancy.runAsTenant(scope.tenantId(), () -> invoicesCsv.write(scope, language, out));
  }

  public void payments(ExportScope scope, java.util.Locale language, OutputStream out) {
    tenancy.runAsTenant(scope.tenantId(), () -> paymentsCsv.write(scope, language, out));
  }

  public void fec(ExportScope scope, OutputStream out) {
    tenancy.runAsTenant(scope.tenantId(), () -> fec.write(scope, out));
  }

  public void gstr1(ExportScope scope, OutputStream out) {
    tenancy.runAsTenant(scope.tenantId(), () -> gstr1.write(scope, out));
  }

  private static LocalDate day(String text, String field, Map<String, String> invalid) {
    if (text == null || text.isBlank()) {
      invalid.put(field, "collection.exports.date.required");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      invalid.put(field, "collection.exports.date.unreadable");
      return null;
    }
  }
}
