package io.atrium.contracts.web;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.contracts.ContractChoices;
import io.atrium.contracts.ContractDraft;
import io.atrium.contracts.Contracts;
import io.atrium.contracts.PricedLine;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.pricing.Breakdown;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The choices of the contract form and its "add a line" part: a catalogue item (main service or
 * monthly option) and/or a space of the draft's centre, a quantity and a discount, priced by the
 * pricing service before it joins the draft; the breakdown of the last line added is shown.
 */
@Named
@ViewScoped
public class LineEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Contracts contracts;

  @Inject ContractChoices choices;

  @Inject Centres centres;

  private Long itemId;
  private Long spaceId;
  private BigDecimal quantity = BigDecimal.ONE;
  private BigDecimal discountPercent = BigDecimal.ZERO;
  private Breakdown breakdown;
  private List<Centre> centreChoices;
  private List<Company> companies;
  private List<Member> members;
  private Long choicesCentre;
  private List<CatalogueItem> itemChoices = List.of();
  private List<Space> spaceChoices = List.of();

  /** A new draft starts in the client's home centre, or the caller's only centre. */
  void startFor(ContractDraft draft) {
    if (draft.getCompanyId() != null) {
      getCompanies().stream()
          .filter(c -> c.getId().equals(draft.getCompanyId()))
          .findFirst()
          .ifPresentOrElse(
              c -> draft.setCentreId(c.getHomeCentre().getId()),
              () -> {
                throw new io.atrium.shared.NotFoundException();
              });
    } else if (draft.getMemberId() != null) {
      getMembers().stream()
          .filter(m -> m.getId().equals(draft.getMemberId()))
          .findFirst()
          .ifPresentOrElse(
              m -> draft.setCentreId(m.getHomeCentre().getId()),
              () -> {
                throw new io.atrium.shared.NotFoundException();
              });
    } else if (getCentres().size() == 1) {
      draft.setCentreId(getCentres().get(0).getId());
    }
  }

  /** The line of the form priced for the draft, or null when refused (shown on the page). */
  LineRow price(ContractDraft draft) {
    ContractDraft.Line line = new ContractDraft.Line(itemId, spaceId, quantity, discountPercent);
    ContractDraft one = copyTerms(draft);
    one.getLines().add(line);
    try {
      PricedLine priced = contracts.preview(one).get(0);
      breakdown = priced.breakdown();
      itemId = null;
      spaceId = null;
      quantity = BigDecimal.ONE;
      discountPercent = BigDecimal.ZERO;
      return new LineRow(
          line,
          priced.kind().getLabelKey(),
          priced.description(),
          priced.unitPrice(),
          priced.discountPercent(),
          breakdown.net(),
          breakdown.gross());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
      return null;
    }
  }

  private static ContractDraft copyTerms(ContractDraft draft) {
    ContractDraft one = new ContractDraft();
    one.setCentreId(draft.getCentreId());
    one.setCompanyId(draft.getCompanyId());
    one.setMemberId(draft.getMemberId());
    one.setStartDate(draft.getStartDate());
    one.setCommitmentMonths(draft.getCommitmentMonths());
    one.setNoticeMonths(draft.getNoticeMonths());
    one.setEndDate(draft.getEndDate());
    one.setBillingTiming(draft.getBillingTiming());
    one.setBillingDay(draft.getBillingDay());
    one.setDepositAmount(draft.getDepositAmount());
    one.setPaymentMethod(draft.getPaymentMethod());
    return one;
  }

  String currency(ContractDraft draft) {
    return getCentres().stream()
        .filter(c -> c.getId().equals(draft.getCentreId()))
        .map(Centre::getCurrency)
        .findFirst()
        .orElse("");
  }

  public List<Centre> getCentres() {
    if (centreChoices == null) {
      centreChoices = centres.visible();
    }
    return centreChoices;
  }

  public List<Company> getCompanies() {
    if (companies == null) {
      companies = choices.companies();
    }
    return companies;
  }

  public List<Member> getMembers() {
    if (members == null) {
      members = choices.onDemandMembers();
    }
    return members;
  }

  public List<CatalogueItem> items(Long centreId) {
    choicesOf(centreId);
    return itemChoices;
  }

  public List<Space> spaces(Long centreId) {
    choicesOf(centreId);
    return spaceChoices;
  }

  /** The centre's items and spaces, read again only when the form's centre changed. */
  private void choicesOf(Long centreId) {
    if (centreId == null) {
      itemChoices = List.of();
      spaceChoices = List.of();
    } else if (!centreId.equals(choicesCentre)) {
      itemChoices = choices.items(centreId);
      spaceChoices = choices.spaces(centreId);
    }
    choicesCentre = centreId;
  }

  public List<Integer> getCommitments() {
    return List.of(0, 3, 6, 12, 24, 36);
  }

  public io.atrium.contracts.Contract.BillingTiming[] getTimings() {
    return io.atrium.contracts.Contract.BillingTiming.values();
  }

  /**
   * The ways a contract may be paid here: SEPA debits euros, so it is offered only where a centre
   * bills in euros (an Indian operator was offered "Prélèvement SEPA"), or kept when already
   * chosen.
   */
  public List<io.atrium.contracts.PaymentMethod> paymentMethods(
      io.atrium.contracts.PaymentMethod chosen) {
    boolean euros = getCentres().stream().anyMatch(c -> "EUR".equals(c.getCurrency()));
    return Arrays.stream(io.atrium.contracts.PaymentMethod.values())
        .filter(m -> m != io.atrium.contracts.PaymentMethod.SEPA || euros || m == chosen)
        .toList();
  }

  public Breakdown getBreakdown() {
    return breakdown;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public Long getSpaceId() {
    return spaceId;
  }

  public void setSpaceId(Long spaceId) {
    this.spaceId = spaceId;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }
}
