package io.atrium.tenancy.manifest;

/** Where a client account stands: invited (no password yet), active, or disabled. */
public enum AccountStatus {
  INVITED,
  ACTIVE,
  DISABLED
}
