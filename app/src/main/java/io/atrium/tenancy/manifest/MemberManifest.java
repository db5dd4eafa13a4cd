package io.atrium.tenancy.manifest;

import io.atrium.identity.CompanyRole;

/**
 * A person of a client company with access to the client space.
 *
 * @param email lower-case, unique in the tenant among all members and on-demand users
 * @param language {@code en} or {@code fr}
 * @param status {@code INVITED} by default
 * @param password the shared demo password, or null (always null when invited)
 */
public record MemberManifest(
    String fullName,
    String email,
    String phone,
    String language,
    CompanyRole role,
    AccountStatus status,
    String password) {}
