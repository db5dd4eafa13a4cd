package io.atrium.access;

import java.time.Instant;

/**
 * A system that lets a person in: the door controller or the Wi-Fi captive portal. Each call is
 * idempotent on the request's {@code reference}: granting again updates the same credential, never
 * a second one. Implementations: {@link BuiltInAccess} (records the credential and shows it),
 * {@link CosecDoors} and {@link VoucherWifi} (HTTP adapters).
 */
public interface AccessSystem {

  /** "builtin", "cosec", "wifi-vouchers": the name the provisioning log shows. */
  String name();

  /**
   * Whether the credential is made here, with no call to another system that could be slow, down or
   * refuse: then a grant is made in the transaction that queues it, not by the job.
   */
  default boolean local() {
    return false;
  }

  /**
   * Creates or updates the holder's credential, valid from–until.
   *
   * @throws AccessSystemException with a reason a person can act on
   */
  Credential grant(Request request);

  /** Takes the credential away; revoking one already gone is not an error. */
  void revoke(String externalId);

  /**
   * Who is let in, when, under which reference of ours; with a card's number when the card is the
   * credential (doors only), else the system makes a code.
   */
  record Request(
      String reference,
      String holder,
      String centreCode,
      Instant validFrom,
      Instant validUntil,
      String card) {}

  /** The system's id for the credential, and what the holder is shown (a PIN, a voucher code). */
  record Credential(String externalId, String shown) {}
}
