package io.atrium.staff;

import io.atrium.shared.BusinessException;

/** Someone else saved this staff member since the page was opened. */
public class StaffChangedException extends BusinessException {
  public StaffChangedException() {
    super(409, "problem.detail.409");
  }
}
