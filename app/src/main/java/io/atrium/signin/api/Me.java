package io.atrium.signin.api;

import java.util.List;

/** The caller as the API sees them. */
public record Me(
    String tenant,
    long tenantId,
    String kind,
    long id,
    String email,
    String name,
    List<String> roles,
    List<String> permissions,
    String companyRole,
    Long companyId,
    List<String> clientRights) {}
