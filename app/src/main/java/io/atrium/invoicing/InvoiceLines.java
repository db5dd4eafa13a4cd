package io.atrium.invoicing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.catalogue.CataloguePrices;
import io.atrium.identity.Action;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.TextValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a manual draft (invoices:edit): added from a catalogue item offered at the draft's
 * centre, replaced, removed. Prices default to the item's price in the centre on the day; the
 * draft's totals follow every change. Lines stay numbered 1, 2, 3… without gaps.
 */
@ApplicationScoped
public class InvoiceLines {

  private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999");
  private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject InvoiceAccess access;

  @Inject InvoiceDrafts drafts;

  @Inject CataloguePrices prices;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public InvoiceLine add(long invoiceId, LineInput input) {
    Invoice invoice = access.draft(invoiceId, Action.EDIT);
    InvoiceLine line = drafts.addLine(invoice, checked(invoice, input));
    em.flush();
    record(invoice, null, line);
    return line;
  }

  /** Replaces a line, keeping its place. */
  @Transactional
  public InvoiceLine replace(long invoiceId, long lineId, LineInput input) {
    Invoice invoice = access.draft(invoiceId, Action.EDIT);
    InvoiceLine old = lineOf(invoice, lineId);
    LineDraft draft = checked(invoice, input);
    int place = invoice.getLines().indexOf(old);
    invoice.getLines().remove(old);
    em.flush();
    InvoiceLine line = drafts.addLine(invoice, draft);
    List<InvoiceLine> ordered = new ArrayList<>(invoice.getLines());
    ordered.remove(line);
    ordered.add(place, line);
    renumber(invoice, ordered);
    record(invoice, old, line);
    return line;
  }

  @Transactional
  public void remove(long invoiceId, long lineId) {
    Invoice invoice = access.draft(invoiceId, Action.EDIT);
    InvoiceLine old = lineOf(invoice, lineId);
    invoice.getLines().remove(old);
    em.flush();
    renumber(invoice, new ArrayList<>(invoice.getLines()));
    drafts.retotal(invoice);
    record(invoice, old, null);
  }

  /** Positions without gaps, in two steps so that no two lines ever share one. */
  private void renumber(Invoice invoice, List<InvoiceLine> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).setPosition(10_000 + i);
    }
    em.flush();
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).setPosition(i + 1);
    }
    invoice.getLines().clear();
    invoice.getLines().addAll(ordered);
    em.flush();
  }

  private InvoiceLine lineOf(Invoice invoice, long lineId) {
    return invoice.getLines().stream()
        .filter(l -> l.getId() == lineId)
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private LineDraft checked(Invoice invoice, LineInput input) {
    Map<String, String> errors = new LinkedHashMap<>();
    CatalogueItem item =
        input.itemId() == null ? null : em.find(CatalogueItem.class, input.itemId());
    if (item == null || !item.isActive() || !item.isOfferedIn(invoice.getCentre().getId())) {
      errors.put("itemId", "invoice.line.item.unknown");
      item = null;
    }
    String description = input.description() == null ? "" : input.description().strip();
    if (description.length() > 300 || !TextValidator.clean(description, false)) {
      errors.put("description", "invoice.line.description.invalid");
    }
    BigDecimal quantity = input.quantity();
    if (quantity == null) {
      errors.put("quantity", "invoice.required");
    } else if (quantity.signum() <= 0
        || quantity.compareTo(MAX_QUANTITY) > 0
        || quantity.stripTrailingZeros().scale() > 3) {
      errors.put("quantity", "invoice.line.quantity.invalid");
    }
    BigDecimal price = input.unitPrice();
    if (price == null && item != null) {
      LocalDate today = LocalDate.now(clock.withZone(invoice.getCentre().zone()));
      price =
          prices
              .on(item, invoice.getCentre(), today)
              .map(CataloguePrice::getUnitPrice)
              .orElse(null);
      if (price == null) {
        errors.put("unitPrice", "invoice.line.price.none");
      }
    } else if (price != null
        && (price.signum() < 0
            || price.compareTo(MAX_PRICE) > 0
            || price.stripTrailingZeros().scale() > 2)) {
      errors.put("unitPrice", "invoice.line.price.invalid");
    }
    BigDecimal discount =
        input.discountPercent() == null ? BigDecimal.ZERO : input.discountPercent();
    if (discount.signum() < 0
        || discount.compareTo(HUNDRED) > 0
        || discount.stripTrailingZeros().scale() > 2) {
      errors.put("discountPercent", "invoice.line.discount.invalid");
    }
    if ((input.periodFrom() == null) != (input.periodTo() == null)) {
      errors.put(input.periodFrom() == null ? "periodFrom" : "periodTo", "invoice.required");
    } else if (input.periodFrom() != null && input.periodTo().isBefore(input.periodFrom())) {
      errors.put("periodTo", "invoice.line.period.order");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    if (description.isEmpty()) {
      description = "fr".equals(invoice.getLanguage()) ? item.getNameFr() : item.getNameEn();
    }
    return LineDraft.of(InvoiceLine.Source.MANUAL, item, description, quantity, price)
        .withDiscount(discount)
        .withPeriod(input.periodFrom(), input.periodTo(), null);
  }

  private void record(Invoice invoice, InvoiceLine before, InvoiceLine after) {
    audit.record(
        Invoices.AUDIT,
        invoice.getId(),
        "UPDATE",
        invoice.getCentre().getId(),
        Changes.of()
            .field("line", describe(before), describe(after))
            .field("total", null, invoice.getGrossTotal() + " " + invoice.getCurrency()));
  }

  private static String describe(InvoiceLine line) {
    return line == null
        ? null
        : line.getDescription() + " × " + line.getQuantity() + " @ " + line.getUnitPrice();
  }
}
