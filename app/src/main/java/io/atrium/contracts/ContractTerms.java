package io.atrium.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates of a running contract: the end after notice, ending, cancelling, and the spaces that
 * follow. Shared by staff's commands and the daily job.
 */
@ApplicationScoped
class ContractTerms {

  @Inject SpaceHolds holds;

  /** The end after a notice given on {@code day}: the later of commitment end and notice. */
  static LocalDate endAfterNotice(Contract contract, LocalDate day) {
    LocalDate notice = day.plusMonths(contract.getNoticeMonths());
    if (contract.getCommitmentMonths() == 0) {
      return notice;
    }
    LocalDate commitment =
        contract.getStartDate().plusMonths(contract.getCommitmentMonths()).minusDays(1);
    return commitment.isAfter(notice) ? commitment : notice;
  }

  void giveNotice(Contract contract, LocalDate day) {
    contract.setStatus(Contract.Status.NOTICE_GIVEN);
    contract.setNoticeGivenOn(day);
    contract.setEndDate(endAfterNotice(contract, day));
    holds.until(contract, contract.getEndDate());
  }

  void end(Contract contract, LocalDate day) {
    contract.setStatus(Contract.Status.ENDED);
    contract.setEndedOn(day);
    if (contract.getEndDate() == null || contract.getEndDate().isAfter(day)) {
      contract.setEndDate(day.isBefore(contract.getStartDate()) ? contract.getStartDate() : day);
    }
    holds.release(contract, contract.getEndDate());
  }

  void cancel(Contract contract, String reason, Instant now) {
    contract.setStatus(Contract.Status.CANCELLED);
    contract.setCancelledAt(now);
    contract.setCancelReason(reason);
    holds.drop(contract);
  }
}
