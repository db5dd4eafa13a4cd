package io.atrium.access.api;

import io.atrium.access.AccessCard;

/** An access card as the API shows it. */
public record CardSummary(
    long id,
    long centreId,
    String number,
    Integer facilityCode,
    String kind,
    String state,
    Long companyId,
    String company,
    Long memberId,
    String member) {

  static CardSummary of(AccessCard c) {
    return new CardSummary(
        c.getId(),
        c.getCentre().getId(),
        c.getNumber(),
        c.getFacilityCode(),
        c.getKind().name(),
        c.getState().name(),
        c.getCompany() == null ? null : c.getCompany().getId(),
        c.getCompany() == null ? null : c.getCompany().getName(),
        c.getMember() == null ? null : c.getMember().getId(),
        c.getMember() == null ? null : c.getMember().getFullName());
  }
}
