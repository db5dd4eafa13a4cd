package io.atrium.access;

import java.security.SecureRandom;

/**
 * The built-in door and Wi-Fi access, for operators without a connected system: it makes the
 * credential here (a 6-digit door code, an 8-character Wi-Fi voucher) and the provisioning log
 * shows it, for the desk to hand over. Nothing to revoke elsewhere.
 */
public final class BuiltInAccess implements AccessSystem {

  /** No 0/O or 1/I/L: read out at a desk and typed on a phone. */
  private static final String VOUCHER_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final boolean door;

  public BuiltInAccess(boolean door) {
    this.door = door;
  }

  @Override
  public String name() {
    return "builtin";
  }

  @Override
  public boolean local() {
    return true;
  }

  @Override
  public Credential grant(Request request) {
    if (door && request.card() != null) {
      return new Credential(request.reference(), request.card());
    }
    if (door) {
      return new Credential(request.reference(), String.format("%06d", RANDOM.nextInt(1_000_000)));
    }
    StringBuilder voucher = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      voucher.append(VOUCHER_LETTERS.charAt(RANDOM.nextInt(VOUCHER_LETTERS.length())));
    }
    return new Credential(request.reference(), voucher.toString());
  }

  @Override
  public void revoke(String externalId) {
    // The credential lived here only: ending the grant ends it.
  }
}
