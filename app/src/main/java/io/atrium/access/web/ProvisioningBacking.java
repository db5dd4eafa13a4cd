package io.atrium.access.web;

import io.atrium.access.AccessGrant;
import io.atrium.access.CardAccess;
import io.atrium.access.Provisioning;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Access → Provisioning log ({@code ?centre=}): a centre's door and Wi-Fi grants, newest first,
 * with their state, the credential to hand over (built-in systems) and the reason of a failure;
 * "Give Access" tries a booking's, a day pass's or a card's grants again at once.
 */
@Named
@ViewScoped
public class ProvisioningBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Caller caller;

  @Inject Provisioning provisioning;

  @Inject CardAccess cardAccess;

  @Inject Centres centres;

  private List<Centre> centreChoices = List.of();
  private Long centreId;
  private AccessGrant.Status status;
  private List<AccessGrant> rows = List.of();

  public void open() {
    caller.require(Area.BOOKINGS, Action.READ);
    centreChoices = centres.visible();
    String asked = org.omnifaces.util.Faces.getRequestParameter("centre");
    centreId =
        centreChoices.stream()
            .map(Centre::getId)
            .filter(id -> id.toString().equals(asked))
            .findFirst()
            .orElse(centreChoices.isEmpty() ? null : centreChoices.get(0).getId());
    load();
  }

  public void load() {
    rows =
        centreId == null
            ? List.of()
            : provisioning.log(new Provisioning.Search(centreId, null, status), 300);
  }

  /** "Give Access" for the row's booking, day pass or card. */
  public void giveAccess(AccessGrant grant) {
    PageErrors.run(
        () -> {
          if (grant.getCardId() != null) {
            cardAccess.giveAccess(grant.getCardId());
          } else if (grant.getDayPassId() != null) {
            provisioning.giveAccessForPass(grant.getDayPassId());
          } else {
            provisioning.giveAccess(grant.getBookingId());
          }
        },
        "access.given",
        "grants");
    load();
  }

  /** A card given to a person: its grant has no end but the card's withdrawal. */
  public boolean untilWithdrawn(AccessGrant grant) {
    return !grant.getValidUntil().isBefore(CardAccess.UNTIL_WITHDRAWN);
  }

  public boolean isMayGive() {
    return caller.can("bookings:edit");
  }

  /** Whether the row's booking may be given access again: not active, not over. */
  public boolean retryable(AccessGrant grant) {
    return grant.isRetryable();
  }

  public ZoneId getZone() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(centreId))
        .map(Centre::zone)
        .findFirst()
        .orElse(ZoneOffset.UTC);
  }

  public List<AccessGrant.Status> getStatuses() {
    return List.of(AccessGrant.Status.values());
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public AccessGrant.Status getStatus() {
    return status;
  }

  public void setStatus(AccessGrant.Status status) {
    this.status = status;
  }

  public List<AccessGrant> getRows() {
    return rows;
  }
}
