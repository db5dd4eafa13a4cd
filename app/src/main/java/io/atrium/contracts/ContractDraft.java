package io.atrium.contracts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What staff type to make or change a draft contract: the client (a company or an on-demand
 * member), the centre, the terms and the lines. The service checks it all and prices every line.
 */
public class ContractDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line asked for: a catalogue item of the centre (MAIN or OPTION), optionally a space. */
  public static class Line implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long itemId;
    private Long spaceId;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal discountPercent = BigDecimal.ZERO;

    public Line() {}

    public Line(Long itemId, Long spaceId, BigDecimal quantity, BigDecimal discountPercent) {
      this.itemId = itemId;
      this.spaceId = spaceId;
      this.quantity = quantity;
      this.discountPercent = discountPercent;
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

  private Long centreId;
  private Long companyId;
  private Long memberId;
  private LocalDate startDate;
  private Integer commitmentMonths = 0;
  private Integer noticeMonths = 1;
  private LocalDate endDate;
  private Contract.BillingTiming billingTiming = Contract.BillingTiming.ADVANCE;
  private Integer billingDay = 1;
  private BigDecimal depositAmount = BigDecimal.ZERO;
  private PaymentMethod paymentMethod = PaymentMethod.TRANSFER;
  private String notes;
  private List<Line> lines = new ArrayList<>();

  /** The draft's form filled from a saved contract, to edit it. */
  public static ContractDraft of(Contract contract) {
    ContractDraft draft = new ContractDraft();
    draft.centreId = contract.getCentre().getId();
    draft.companyId = contract.getCompany() == null ? null : contract.getCompany().getId();
    draft.memberId = contract.getMember() == null ? null : contract.getMember().getId();
    draft.startDate = contract.getStartDate();
    draft.commitmentMonths = contract.getCommitmentMonths();
    draft.noticeMonths = contract.getNoticeMonths();
    draft.endDate = contract.getEndDate();
    draft.billingTiming = contract.getBillingTiming();
    draft.billingDay = contract.getBillingDay();
    draft.depositAmount = contract.getDepositAmount();
    draft.paymentMethod = contract.getPaymentMethod();
    draft.notes = contract.getNotes();
    for (ContractLine line : contract.getLines()) {
      draft.lines.add(
          new Line(
              line.getItem().getId(),
              line.getSpace() == null ? null : line.getSpace().getId(),
              line.getQuantity(),
              line.getDiscountPercent()));
    }
    return draft;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public Integer getCommitmentMonths() {
    return commitmentMonths;
  }

  public void setCommitmentMonths(Integer commitmentMonths) {
    this.commitmentMonths = commitmentMonths;
  }

  public Integer getNoticeMonths() {
    return noticeMonths;
  }

  public void setNoticeMonths(Integer noticeMonths) {
    this.noticeMonths = noticeMonths;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public Contract.BillingTiming getBillingTiming() {
    return billingTiming;
  }

  public void setBillingTiming(Contract.BillingTiming billingTiming) {
    this.billingTiming = billingTiming;
  }

  public Integer getBillingDay() {
    return billingDay;
  }

  public void setBillingDay(Integer billingDay) {
    this.billingDay = billingDay;
  }

  public BigDecimal getDepositAmount() {
    return depositAmount;
  }

  public void setDepositAmount(BigDecimal depositAmount) {
    this.depositAmount = depositAmount;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(PaymentMethod paymentMethod) {
    this.paymentMethod = paymentMethod;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public List<Line> getLines() {
    return lines;
  }

  public void setLines(List<Line> lines) {
    this.lines = lines == null ? new ArrayList<>() : lines;
  }
}
