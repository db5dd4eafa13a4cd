package io.atrium.audit;

import io.atrium.identity.AtriumPrincipal;
import java.util.Objects;

/** The one who acted, as an audit entry records it: kind, id of the person (if any) and name. */
public record Actor(ActorKind kind, Long id, String name) {

  public static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, null, null);

  public Actor {
    Objects.requireNonNull(kind, "kind");
  }

  /** A centre's paired kiosk device, under the name staff gave it. */
  public static Actor kiosk(long deviceId, String name) {
    return new Actor(ActorKind.KIOSK, deviceId, name);
  }

  /** The signed-in person; platform administrators act as the system, under their own name. */
  public static Actor of(AtriumPrincipal principal) {
    return switch (principal.kind()) {
      case STAFF -> new Actor(ActorKind.STAFF, principal.personId(), principal.fullName());
      case MEMBER -> new Actor(ActorKind.MEMBER, principal.personId(), principal.fullName());
      case PLATFORM -> new Actor(ActorKind.SYSTEM, null, principal.fullName());
    };
  }
}
