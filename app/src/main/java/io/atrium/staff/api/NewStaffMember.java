package io.atrium.staff.api;

import java.util.List;

/**
 * A staff member to add; they receive an activation e-mail.
 *
 * @param language {@code en} or {@code fr}
 * @param roleIds at least one role id
 * @param centreIds the centres they work in, unless {@code allCentres}
 */
public record NewStaffMember(
    String fullName,
    String email,
    String phone,
    String language,
    List<Long> roleIds,
    boolean allCentres,
    List<Long> centreIds) {}
