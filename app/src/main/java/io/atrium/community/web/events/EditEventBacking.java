package io.atrium.community.web.events;

import io.atrium.community.CommunityEvent;
import io.atrium.community.CoverUpload;
import io.atrium.community.EventDetails;
import io.atrium.community.Events;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.spaces.EventSpaces;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * "Create Event" and an event's file ({@code ?id=}): its form with the cover upload, and Publish
 * (optionally e-mailing the centre's members) and Cancel. Another centre's or tenant's event is not
 * found.
 */
@Named
@ViewScoped
public class EditEventBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Events events;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject EventSpaces eventSpaces;

  @Inject
  @Param(name = "id", converter = "#{eventParam}")
  private CommunityEvent event;

  private EventDetails details = new EventDetails();
  private List<Centre> centreChoices;
  private List<Space> spaceChoices = List.of();
  private transient UploadedFile cover;
  private boolean broadcast = true;

  public void load() {
    if (event == null) {
      caller.require(Area.EVENTS, Action.CREATE);
    } else {
      details = EventDetails.of(event);
    }
    centreChoices = centres.visible();
    if (details.getCentreId() == null && centreChoices.size() == 1) {
      details.setCentreId(centreChoices.get(0).getId());
    }
    centreChanged();
  }

  /** The event spaces of the centre now chosen. */
  public void centreChanged() {
    Long centre = details.getCentreId();
    spaceChoices = centre == null ? List.of() : eventSpaces.inCentre(centre);
  }

  public List<Space> getSpaces() {
    return spaceChoices;
  }

  /** Creates or saves, with the cover when one was chosen; then shows the event's file. */
  public void save() throws IOException {
    try {
      CoverUpload upload =
          cover == null || cover.getSize() == 0
              ? null
              : new CoverUpload(cover.getFileName(), cover.getInputStream());
      event =
          event == null
              ? events.create(details, upload)
              : events.update(event.getId(), details, upload);
      Messages.addFlashGlobalInfo("event.saved", event.getTitle());
      Faces.redirect(
          Faces.getRequestContextPath() + "/community/events/edit.xhtml?id=" + event.getId());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
    }
  }

  public void publish() {
    act(() -> events.publish(event.getId(), broadcast), "event.published");
  }

  public void cancel() {
    act(() -> events.cancel(event.getId()), "event.cancelled");
  }

  private void act(java.util.function.Supplier<CommunityEvent> command, String done) {
    try {
      event = command.get();
      details = EventDetails.of(event);
      Messages.addGlobalInfo(done, event.getTitle());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "head");
    }
  }

  public CommunityEvent getEvent() {
    return event;
  }

  public EventDetails getDetails() {
    return details;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public UploadedFile getCover() {
    return cover;
  }

  public void setCover(UploadedFile cover) {
    this.cover = cover;
  }

  public boolean isBroadcast() {
    return broadcast;
  }

  public void setBroadcast(boolean broadcast) {
    this.broadcast = broadcast;
  }
}
