package io.atrium.access.web;

import io.atrium.access.AccessGrant;
import io.atrium.access.Provisioning;
import io.atrium.identity.Caller;
import io.atrium.shared.i18n.Texts;
import io.atrium.shared.web.PageErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Give Access" on a booking's row of Bookings → Meeting rooms (000 workflow 3 step 4), which
 * access adds to a page of bookings (that may not call access): makes the booking's door and Wi-Fi
 * grants, its holder's and its visitors', that are not active now, and says for each what was given
 * (and the credential a built-in system made) or why its system refused it.
 */
@Named
@RequestScoped
public class BookingAccess {

  @Inject Provisioning provisioning;

  @Inject Caller caller;

  public void give(long bookingId) {
    List<AccessGrant> grants =
        PageErrors.step(() -> provisioning.giveAccess(bookingId), null, "bookings");
    if (grants == null) {
      return;
    }
    ResourceBundle texts = Texts.bundle(Faces.getLocale());
    for (AccessGrant grant : grants) {
      String system = texts.getString(grant.getSystem().getLabelKey());
      switch (grant.getStatus()) {
        case ACTIVE ->
            Messages.addGlobalInfo(
                grant.getCredential() == null ? "access.granted" : "access.grantedWith",
                system,
                grant.getHolder(),
                grant.getCredential());
        case FAILED, PENDING ->
            Messages.addGlobalWarn(
                "access.grantFailed",
                system,
                grant.getHolder(),
                grant.getFailure() == null
                    ? texts.getString(grant.getStatus().getLabelKey())
                    : grant.getFailure());
        case REVOKED -> {
          // a visitor no longer invited: nothing to give
        }
      }
    }
  }

  /** The right the provisioning log gives Access with. */
  public boolean isMayGive() {
    return caller.can("bookings:edit");
  }
}
