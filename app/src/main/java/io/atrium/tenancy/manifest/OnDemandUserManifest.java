package io.atrium.tenancy.manifest;

/**
 * A person who buys day passes and bookings on their own, without a company.
 *
 * @param email lower-case, unique in the tenant among all members and on-demand users
 * @param homeCentre code of the centre they usually visit
 * @param status {@code INVITED} by default
 * @param password the shared demo password, or null (always null when invited)
 */
public record OnDemandUserManifest(
    String fullName,
    String email,
    String phone,
    String language,
    String homeCentre,
    AccountStatus status,
    String password) {}
