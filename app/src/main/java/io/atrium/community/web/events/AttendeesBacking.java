package io.atrium.community.web.events;

import io.atrium.community.Attendance;
import io.atrium.community.CommunityEvent;
import io.atrium.community.Rsvp;
import io.atrium.community.Seats;
import io.atrium.community.web.AttendeesPush;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.EntityParam;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * An event's attendee list ({@code ?id=}), for catering and seating: going, waiting, capacity and
 * checked in, the members going then waiting, live (the socket re-reads them after every committed
 * change), Check-in on the day, and the CSV export.
 */
@Named
@ViewScoped
public class AttendeesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Attendance attendance;

  @Inject Caller caller;

  @Inject Formats formats;

  @Inject
  @Param(name = "id", converter = "#{eventParam}")
  private CommunityEvent event;

  private List<Rsvp> rows;
  private Seats seats;

  public void load() {
    EntityParam.required(event);
    refresh();
  }

  /** Re-reads the list and counts: on opening, after a check-in, and when the socket says so. */
  public void refresh() {
    rows = attendance.attendees(event.getId());
    seats = attendance.seats(event.getId());
  }

  public void checkIn(long memberId) {
    try {
      Rsvp rsvp = attendance.checkIn(event.getId(), memberId);
      Messages.addGlobalInfo("attendee.checkedIn", rsvp.getMember().getFullName());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "attendeesForm");
    }
    refresh();
  }

  /** Sends the list as a CSV file, safe to open in a spreadsheet. */
  public void export() throws IOException {
    ExternalContext response = Faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType("text/csv; charset=UTF-8");
    response.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"attendees-" + event.getId() + ".csv\"");
    try (Writer out =
        new OutputStreamWriter(response.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      attendance.export(event.getId(), formats, out);
    }
    Faces.responseComplete();
  }

  /** The socket user naming this event's list, so that only its changes reach this page. */
  public String getSocketUser() {
    return AttendeesPush.socketUser(caller.getPrincipal().tenantId(), event.getId());
  }

  /** A time on the event's centre's clock. */
  public String timeOf(Instant instant) {
    return formats.time(instant, event.zone());
  }

  public boolean isCheckInDay() {
    return event.isCheckInDay(Instant.now());
  }

  public CommunityEvent getEvent() {
    return event;
  }

  public List<Rsvp> getRows() {
    return rows;
  }

  public Seats getSeats() {
    return seats;
  }
}
