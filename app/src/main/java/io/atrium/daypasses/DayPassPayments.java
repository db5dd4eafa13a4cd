package io.atrium.daypasses;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.consumptions.ConsumptionDetails;
import io.atrium.consumptions.ConsumptionInvoicing;
import io.atrium.consumptions.Consumptions;
import io.atrium.credits.Charge;
import io.atrium.credits.Credits;
import io.atrium.credits.Use;
import io.atrium.daypasses.DayPasses.DayPassTakenException;
import io.atrium.directory.Member;
import io.atrium.identity.Caller;
import io.atrium.shared.format.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * How a day pass is paid, inside the transaction that sells it: from credits, by its invoice at
 * once (000: "the invoice is instantly generated"), or as a consumption the monthly run bills; and
 * its credits given back when it is cancelled.
 */
@ApplicationScoped
class DayPassPayments {

  @Inject Caller caller;

  @Inject Consumptions consumptions;

  @Inject ConsumptionInvoicing invoicing;

  @Inject Credits credits;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** Pays the pass as its payment says; its invoice's id when one was issued. */
  Long pay(DayPass pass, Long sellerId) {
    return switch (pass.getPayment()) {
      case CREDITS -> paidFromCredits(pass);
      case MONTHLY -> {
        pass.billed(consumption(pass, sellerId), null);
        yield null;
      }
      case INVOICE, PAYMENT_LINK -> invoiced(pass, sellerId);
    };
  }

  /**
   * What paid a cancelled pass comes back: its credits, or its invoice's line by a credit note
   * issued at once (the invoice itself never changes); a pass left to the monthly run is withdrawn
   * while not billed.
   */
  void refund(DayPass pass) {
    if (pass.getCreditPoolId() != null) {
      credits.giveBack(pass.getCreditPoolId(), pass.getCreditsUsed(), Use.dayPass(pass.getId()));
      return;
    }
    Long consumption = pass.getConsumptionId();
    if (consumption == null) {
      return;
    }
    if (pass.getInvoiceId() == null) {
      pass.billed(null, null);
      em.flush();
      if (consumptions.withdraw(consumption)) {
        return;
      }
      pass.billed(consumption, null); // billed by a monthly run meanwhile: kept
    }
    var principal = caller.getPrincipal();
    invoicing.creditSold(
        consumption, principal.staff() ? principal.personId() : null, principal.fullName());
  }

  /** Paid from the holder's money credits at the centre, whole, or refused: no invoice. */
  private Long paidFromCredits(DayPass pass) {
    Member member = pass.getMember();
    var paid =
        credits
            .pay(
                new Charge(
                    pass.getCentre().getId(),
                    member.getCompany() == null ? null : member.getCompany().getId(),
                    member.getId(),
                    pass.getDay(),
                    null,
                    pass.getGrossTotal(),
                    pass.getCurrency()),
                Use.dayPass(pass.getId()))
            .orElseThrow(() -> new DayPassTakenException("dayPass.credits.short"));
    pass.paidWithCredits(paid.poolId(), paid.amount());
    return null;
  }

  /** Its consumption written and invoiced at once (000: the invoice is instantly generated). */
  private Long invoiced(DayPass pass, Long sellerId) {
    long consumption = consumption(pass, sellerId);
    var principal = caller.getPrincipal();
    long invoice = invoicing.invoiceSold(List.of(consumption), sellerId, principal.fullName());
    pass.billed(consumption, invoice);
    return invoice;
  }

  /** The pass as a consumption of its member (or their company), for its invoice or the run. */
  private long consumption(DayPass pass, Long sellerId) {
    Member member = pass.getMember();
    CatalogueItem item = pass.getItem();
    return consumptions
        .sold(
            new ConsumptionDetails(
                pass.getCentre().getId(),
                member.getCompany() == null ? null : member.getCompany().getId(),
                member.getCompany() == null ? member.getId() : null,
                item.getId(),
                ("fr".equals(member.getLanguage()) ? item.getNameFr() : item.getNameEn())
                    + " "
                    // The day as the invoice's other lines write theirs, not 2026-12-09.
                    + Formats.of(
                            Locale.forLanguageTag(
                                member.getLanguage() == null ? "en" : member.getLanguage()),
                            pass.getCentre().getCountry())
                        .date(pass.getDay()),
                BigDecimal.ONE,
                null,
                BigDecimal.ZERO,
                pass.getDay(),
                null),
            sellerId)
        .getId();
  }
}
