package io.atrium.identity;

/** Whether a tenant may act, answered by the tenancy capability that owns tenants. */
public interface TenantStatus {

  /** True when the tenant exists and is not suspended. */
  boolean active(long tenantId);
}
