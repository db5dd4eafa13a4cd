package io.atrium.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The door and Wi-Fi systems the server is configured for: {@code ACCESS_DOOR_SYSTEM=builtin|cosec}
 * with {@code COSEC_API_BASE}, {@code COSEC_USER}, {@code COSEC_PASSWORD}; {@code
 * ACCESS_WIFI_SYSTEM=builtin|vouchers} with {@code WIFI_API_BASE}, {@code WIFI_API_KEY}. Built-in
 * by default: the credential is made here and shown in the provisioning log.
 */
@ApplicationScoped
public class AccessSystems {

  @Inject
  @ConfigProperty(name = "access.door.system", defaultValue = "builtin")
  String door;

  @Inject
  @ConfigProperty(name = "cosec.api.base")
  Optional<String> cosecBase;

  @Inject
  @ConfigProperty(name = "cosec.user")
  Optional<String> cosecUser;

  @Inject
  @ConfigProperty(name = "cosec.password")
  Optional<String> cosecPassword;

  @Inject
  @ConfigProperty(name = "access.wifi.system", defaultValue = "builtin")
  String wifi;

  @Inject
  @ConfigProperty(name = "wifi.api.base")
  Optional<String> wifiBase;

  @Inject
  @ConfigProperty(name = "wifi.api.key")
  Optional<String> wifiKey;

  /** The system for DOOR or WIFI grants. */
  public AccessSystem of(AccessGrant.System system) {
    if (system == AccessGrant.System.DOOR) {
      return "cosec".equalsIgnoreCase(door.strip())
          ? new CosecDoors(cosecBase.orElse(""), cosecUser.orElse(""), cosecPassword.orElse(""))
          : new BuiltInAccess(true);
    }
    return "vouchers".equalsIgnoreCase(wifi.strip())
        ? new VoucherWifi(wifiBase.orElse(""), wifiKey.orElse(""))
        : new BuiltInAccess(false);
  }
}
