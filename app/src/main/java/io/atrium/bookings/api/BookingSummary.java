package io.atrium.bookings.api;

import io.atrium.bookings.Booking;

/** A booking as the API shows it; times are UTC instants, the centre's zone names its clock. */
public record BookingSummary(
    long id,
    long centreId,
    String zone,
    long spaceId,
    String spaceName,
    Long companyId,
    Long memberId,
    String payer,
    String startsAt,
    String endsAt,
    int guests,
    String title,
    String status,
    java.math.BigDecimal discountPercent,
    java.math.BigDecimal netTotal,
    java.math.BigDecimal grossTotal,
    String currency,
    Long consumptionId,
    Long invoiceId,
    Long contractId,
    Long creditPoolId,
    java.math.BigDecimal creditsUsed,
    Long bookedById,
    String bookedBy) {

  static BookingSummary of(Booking b) {
    return new BookingSummary(
        b.getId(),
        b.getCentre().getId(),
        b.getCentre().zone().getId(),
        b.getSpace().getId(),
        b.getSpace().getName(),
        b.getCompany() == null ? null : b.getCompany().getId(),
        b.getMember() == null ? null : b.getMember().getId(),
        b.getCompany() != null ? b.getCompany().getName() : b.getMember().getFullName(),
        b.getStartsAt().toString(),
        b.getEndsAt().toString(),
        b.getGuests(),
        b.getTitle(),
        b.getStatus().name(),
        b.getDiscountPercent(),
        b.getNetTotal(),
        b.getGrossTotal(),
        b.getCurrency(),
        b.getConsumptionId(),
        b.getInvoiceId(),
        b.getContractId(),
        b.getCreditPoolId(),
        b.getCreditsUsed(),
        b.getBookedBy() == null ? null : b.getBookedBy().getId(),
        b.getBookedBy() == null ? null : b.getBookedBy().getFullName());
  }
}
