package io.atrium.reception;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.CentreScope;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.ActiveTenants;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's kiosk devices. Staff with settings:edit (the reception settings right) create, list
 * and revoke the kiosks of their centres; the tablet's side ({@link Kiosk}) pairs and finds its
 * device here, in a transaction bound to the device's tenant. Every change is audited: creation and
 * revocation by the staff member, pairing by the kiosk itself.
 */
@ApplicationScoped
public class KioskDevices {

  static final int NAME_MAX = 80;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail trail;

  @Inject Tenancy tenancy;

  @Inject ActiveTenants activeTenants;

  Clock clock = Clock.systemUTC();

  /** A device just created, with the pairing code that exists nowhere else (only its hash). */
  public record Created(KioskDevice device, String pairingCode) {}

  /** What a paired tablet shows: its name, its centre, and the tenant's language by default. */
  public record Screen(
      long deviceId, String deviceName, long centreId, String centreName, String language)
      implements java.io.Serializable {

    // Pages read these: Faces 4.0's EL does not see record components as properties.
    public String getDeviceName() {
      return deviceName;
    }

    public String getCentreName() {
      return centreName;
    }
  }

  /** The kiosks of the caller's centres, newest first. */
  @Transactional
  public List<KioskDevice> list() {
    caller.require(Area.SETTINGS, Action.EDIT);
    CentreScope scope = caller.centres();
    return em.createQuery(
            "select d from KioskDevice d where (:all = true or d.centre.id in :ids)"
                + " order by d.createdAt desc, d.id desc",
            KioskDevice.class)
        .setParameter("all", scope.all())
        .setParameter("ids", scope.ids())
        .getResultList();
  }

  @Transactional
  public Created create(Long centreId, String name) {
    AtriumPrincipal who = caller.require(Area.SETTINGS, Action.EDIT);
    String trimmed = name == null ? "" : name.strip();
    Map<String, String> invalid = new LinkedHashMap<>();
    if (trimmed.isEmpty()) {
      invalid.put("name", "kiosk.device.name.required");
    } else if (trimmed.length() > NAME_MAX
        || trimmed.codePoints().anyMatch(Character::isISOControl)) {
      invalid.put("name", "kiosk.device.name.invalid");
    }
    Centre centre = centreId == null ? null : em.find(Centre.class, centreId);
    if (centre == null || !caller.centres().allows(centre.getId())) {
      invalid.put("centreId", "kiosk.device.centre.unknown");
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    String code = KioskCodes.newPairingCode();
    var device =
        new KioskDevice(
            centre,
            trimmed,
            CheckInCodes.hash(KioskCodes.normalise(code)),
            who.personId(),
            who.fullName(),
            clock.instant());
    em.persist(device);
    em.flush();
    trail.record(
        "KioskDevice",
        device.getId(),
        "CREATE",
        centre.getId(),
        Changes.of().field("name", null, trimmed).field("state", null, KioskDevice.State.WAITING));
    return new Created(device, code);
  }

  /** Staff revoke a kiosk of their centres; its next screen says "not paired". */
  @Transactional
  public KioskDevice revoke(long id) {
    AtriumPrincipal who = caller.require(Area.SETTINGS, Action.EDIT);
    KioskDevice device = em.find(KioskDevice.class, id);
    if (device == null || !caller.centres().allows(device.getCentre().getId())) {
      throw new NotFoundException();
    }
    KioskDevice.State before = device.state(clock.instant());
    if (before == KioskDevice.State.REVOKED) {
      return device;
    }
    device.revoke(who.personId(), who.fullName(), clock.instant());
    trail.record(
        "KioskDevice",
        id,
        "REVOKE",
        device.getCentre().getId(),
        Changes.of().field("state", before, KioskDevice.State.REVOKED));
    return device;
  }

  /**
   * The tablet's side, bound to the tenant the workspace names: spends a valid pairing code and
   * sets the device token's hash. The kiosk is the actor of its own pairing.
   *
   * @throws KioskAccessException when the code is unknown, spent, expired or revoked
   */
  @Transactional
  Screen pair(String typedCode, String deviceTokenHash) {
    String code = KioskCodes.normalise(typedCode);
    if (code.isEmpty() || code.length() > 20) {
      throw KioskAccessException.pairingRefused();
    }
    KioskDevice device =
        em.createQuery(
                "select d from KioskDevice d where d.pairingCodeHash = :hash", KioskDevice.class)
            .setParameter("hash", CheckInCodes.hash(code))
            .getResultStream()
            .findFirst()
            .filter(d -> d.pairable(clock.instant()))
            .orElseThrow(KioskAccessException::pairingRefused);
    device.pair(deviceTokenHash, clock.instant());
    trail.record(
        device.actor(),
        "KioskDevice",
        device.getId(),
        "PAIR",
        device.getCentre().getId(),
        Changes.of().field("state", KioskDevice.State.WAITING, KioskDevice.State.PAIRED));
    return screen(device);
  }

  /** The paired, unrevoked device holding this token, in the bound tenant if it is active. */
  @Transactional
  Optional<KioskDevice> paired(String deviceTokenHash) {
    if (!activeTenants.active(tenancy.currentTenantId().orElseThrow())) {
      return Optional.empty();
    }
    return em.createQuery(
            "select d from KioskDevice d where d.tokenHash = :hash and d.revokedAt is null",
            KioskDevice.class)
        .setParameter("hash", deviceTokenHash)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  Optional<Screen> screen(String deviceTokenHash) {
    return paired(deviceTokenHash).map(this::screen);
  }

  private Screen screen(KioskDevice device) {
    Tenant tenant = em.find(Tenant.class, tenancy.currentTenantId().orElseThrow());
    return new Screen(
        device.getId(),
        device.getName(),
        device.getCentre().getId(),
        device.getCentre().getName(),
        tenant == null ? "en" : tenant.getDefaultLocale());
  }
}
