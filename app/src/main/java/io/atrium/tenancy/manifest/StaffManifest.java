package io.atrium.tenancy.manifest;

import java.util.List;

/**
 * A member of the operator's staff.
 *
 * @param email lower-case, unique among the tenant's staff
 * @param phone international format, or null
 * @param language {@code en} or {@code fr}
 * @param roles names of the tenant's roles, at least one
 * @param allCentres whether the manifest said {@code centres: all}: also every centre added later
 * @param centres the centre codes the staff member works in (every centre when {@code allCentres})
 * @param password the shared demo password, or null
 */
public record StaffManifest(
    String fullName,
    String email,
    String phone,
    String language,
    List<String> roles,
    boolean allCentres,
    List<String> centres,
    String password) {

  public StaffManifest {
    roles = List.copyOf(roles);
    centres = List.copyOf(centres);
  }
}
