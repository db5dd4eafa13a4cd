package io.atrium.staff;

import java.io.Serializable;

/**
 * What the staff list is filtered by; every part is optional.
 *
 * @param text part of the name or e-mail, any case; null or blank for all
 * @param roleId staff holding this role, or null
 * @param centreId staff working in this centre (or in all centres), or null
 * @param active only active (true) or deactivated (false) staff, or null for both
 */
public record StaffSearch(String text, Long roleId, Long centreId, Boolean active)
    implements Serializable {

  public static final StaffSearch ALL = new StaffSearch(null, null, null, null);
}
