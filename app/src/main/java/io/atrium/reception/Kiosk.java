package io.atrium.reception;

import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * The visitor kiosk as the tablet sees it: no one is signed in, the device token from its cookie is
 * its only credential. The token names its tenant; each step runs bound to that tenant (an active
 * one) and finds the paired, unrevoked device by the token's hash, so a forged, revoked or another
 * tenant's or a suspended tenant's token opens nothing. A kiosk only pairs, shows its welcome
 * screen and checks in its own centre's visitors of the day.
 */
@ApplicationScoped
public class Kiosk {

  /** The device token and the screen it opens, once a tablet is paired. */
  public record Paired(String deviceToken, KioskDevices.Screen screen) {}

  @Inject Tenancy tenancy;

  @Inject Tenants tenants;

  @Inject KioskDevices devices;

  @Inject FrontDesk desk;

  /**
   * Pairs this tablet with the kiosk whose one-time code staff gave out, in the workspace named.
   *
   * @throws KioskAccessException when the workspace or the code is unknown, or the code is spent or
   *     expired
   */
  public Paired pair(String workspace, String code) {
    String slug = workspace == null ? "" : workspace.strip().toLowerCase(Locale.ROOT);
    if (!slug.matches("[a-z][a-z0-9-]{1,39}")) {
      throw KioskAccessException.pairingRefused();
    }
    long tenantId =
        tenancy
            .runAsPlatform(() -> tenants.bySlug(slug))
            .filter(tenant -> tenant.getStatus() == Tenant.Status.ACTIVE)
            .map(Tenant::getId)
            .orElseThrow(KioskAccessException::pairingRefused);
    String token = KioskCodes.newDeviceToken(tenantId);
    KioskDevices.Screen screen =
        tenancy.runAsTenant(tenantId, () -> devices.pair(code, CheckInCodes.hash(token)));
    return new Paired(token, screen);
  }

  /** The welcome screen of the device holding this token; empty when it is not a kiosk (now). */
  public Optional<KioskDevices.Screen> screen(String deviceToken) {
    return tenantOf(deviceToken)
        .flatMap(
            tenantId ->
                tenancy.runAsTenant(
                    tenantId, () -> devices.screen(CheckInCodes.hash(deviceToken))));
  }

  /**
   * A visitor checks in with the code (or QR code) of their invitation: an expected visitor of the
   * kiosk's centre, today. The host is told at once; the kiosk is the audit's actor.
   *
   * @throws KioskAccessException when the token is no paired kiosk's (any more)
   * @throws CheckInTokenException when the code is unknown here, used, or for another day
   */
  public Visitor checkIn(String deviceToken, String code) {
    long tenantId = tenantOf(deviceToken).orElseThrow(KioskAccessException::notPaired);
    return tenancy.runAsTenant(
        tenantId, () -> desk.arriveAtKiosk(CheckInCodes.hash(deviceToken), code));
  }

  private Optional<Long> tenantOf(String deviceToken) {
    return KioskCodes.tenantOf(deviceToken);
  }
}
