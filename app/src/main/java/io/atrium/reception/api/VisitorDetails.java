package io.atrium.reception.api;

import io.atrium.reception.Visitor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A visitor with every step's instant (UTC). Personal fields are null once the retention purge ran
 * ({@code purged}).
 */
public record VisitorDetails(
    long id,
    long centreId,
    String centre,
    String fullName,
    String email,
    String phone,
    String companyName,
    LocalDate expectedDate,
    LocalTime visitTime,
    long hostId,
    String hostName,
    String invitedBy,
    String invitedByKind,
    String purpose,
    String notes,
    boolean walkIn,
    String state,
    Instant invitedAt,
    Instant arrivedAt,
    Instant decidedAt,
    Instant checkedInAt,
    Instant checkedOutAt,
    Instant noShowAt,
    boolean purged,
    @Schema(description = "the booking the visitor is invited to, if any") Long bookingId) {

  public static VisitorDetails of(Visitor v) {
    return new VisitorDetails(
        v.getId(),
        v.getCentre().getId(),
        v.getCentre().getCode(),
        v.getFullName(),
        v.getEmail(),
        v.getPhone(),
        v.getCompanyName(),
        v.getExpectedDate(),
        v.getVisitTime(),
        v.getHostId(),
        v.getHostName(),
        v.getInvitedByName(),
        v.getInvitedByKind().name(),
        v.getPurpose(),
        v.getNotes(),
        v.isWalkIn(),
        v.getState().name(),
        v.getInvitedAt(),
        v.getArrivedAt(),
        v.getDecidedAt(),
        v.getCheckedInAt(),
        v.getCheckedOutAt(),
        v.getNoShowAt(),
        v.isPurged(),
        v.getBookingId());
  }
}
