package io.atrium.bookings.web;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingChoices;
import io.atrium.bookings.PlanningPlans;
import io.atrium.shared.web.PageErrors;
import io.atrium.spaces.Floor;
import io.atrium.spaces.web.PlacedSpace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.primefaces.event.timeline.TimelineAddEvent;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * Bookings → Service planning (001 §8): a centre's bookable spaces, one line each, and their
 * bookings over a day or a week on the centre's clock. A double click on a free time opens the
 * booking dialog on that space and hour (a drag across free time, Ctrl held, on the dragged half
 * hours); a click on a confirmed booking to come opens it to change, and dragging it (or its edge)
 * moves it to another time or space. Below, each floor plan of the centre shows its spaces free,
 * booked, occupied or out of service at a chosen time of the day. The page is redrawn when anyone
 * books in the centre, on any server ({@link PlanningPush}).
 */
@Named
@ViewScoped
public class PlanningBacking extends BookingsBacking {

  private static final long serialVersionUID = 1L;

  /** The hours a day's planning opens on; the rest is a scroll away. */
  private static final LocalTime FIRST_HOUR = LocalTime.of(7, 0);

  private static final LocalTime LAST_HOUR = LocalTime.of(21, 0);

  private boolean week;
  private TimelineModel<Booking, BookingChoices.SpaceChoice> timeline = new TimelineModel<>();
  private String planAt;
  private List<PlanView> plans = List.of();

  @Inject PlanningPlans floorPlans;

  /** A floor plan as the page draws it: its placed spaces in their state at the chosen time. */
  public record PlanView(Floor floor, List<PlacedSpace> spaces, double fontSize)
      implements Serializable {}

  @Override
  public void open() {
    week = "week".equals(Faces.getRequestParameter("view"));
    super.open();
  }

  @Override
  public void load() {
    TimelineModel<Booking, BookingChoices.SpaceChoice> model = new TimelineModel<>();
    for (BookingChoices.SpaceChoice space : getSpaces()) {
      model.addGroup(new TimelineGroup<>(Long.toString(space.id()), space));
    }
    for (Booking b : listed()) {
      if (b.isHeld()) {
        model.add(
            TimelineEvent.<Booking>builder()
                .id(Long.toString(b.getId()))
                .data(b)
                .group(Long.toString(b.getSpace().getId()))
                .startDate(local(b.getStartsAt()))
                .endDate(local(b.getEndsAt()))
                .styleClass("planning-" + b.getStatus().name().toLowerCase())
                .editableTime(movable(b))
                .editableGroup(movable(b))
                .editableRemove(false)
                .build());
      }
    }
    timeline = model;
    loadPlans();
  }

  /** The floor plans at the chosen time of the day shown (now's half hour today, else 10:00). */
  public void loadPlans() {
    if (planAt == null || !SlotForm.TIMES.contains(planAt)) {
      LocalTime now = LocalTime.now(zone());
      planAt =
          getDay().equals(LocalDate.now(zone())) && now.isBefore(LocalTime.of(23, 30))
              ? now.withMinute(now.getMinute() < 30 ? 0 : 30).withSecond(0).withNano(0).toString()
              : "10:00";
    }
    if (getCentreId() == null) {
      plans = List.of();
      return;
    }
    Instant moment = getDay().atTime(LocalTime.parse(planAt)).atZone(zone()).toInstant();
    plans =
        floorPlans.at(getCentreId(), moment).stream()
            .map(
                plan ->
                    new PlanView(
                        plan.floor(),
                        plan.spaces().stream()
                            .map(
                                s ->
                                    PlacedSpace.of(
                                        s.space(),
                                        plan.floor(),
                                        s.state().getCssClass(),
                                        s.state().getLabelKey()))
                            .toList(),
                        plan.floor().getPlanWidth() == null
                            ? 12
                            : Math.max(8, plan.floor().getPlanWidth() / 60.0)))
            .toList();
  }

  public List<PlanView> getPlans() {
    return plans;
  }

  public String getPlanAt() {
    return planAt;
  }

  public void setPlanAt(String planAt) {
    this.planAt = planAt;
  }

  public List<String> getPlanTimes() {
    return SlotForm.TIMES;
  }

  /** The socket's message: someone changed the centre's bookings, on this server or another. */
  public void redraw(jakarta.faces.event.AjaxBehaviorEvent pushed) {
    load();
  }

  /** After a booking is made or moved: the planning draws its day. */
  @Override
  protected void showDay(LocalDate booked) {
    setDay(booked);
    load();
  }

  @Override
  protected Instant from() {
    return week ? monday().atStartOfDay(zone()).toInstant() : super.from();
  }

  @Override
  protected Instant until() {
    return week ? monday().plusWeeks(1).atStartOfDay(zone()).toInstant() : super.until();
  }

  private LocalDate monday() {
    return getDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, zone());
  }

  /**
   * A double click on a free time: the dialog on that space, from the half hour, for an hour; a
   * drag across free time: for the dragged half hours.
   */
  public void onAdd(TimelineAddEvent event) {
    startNew();
    LocalDateTime at = event.getStartDate();
    LocalTime from = at.toLocalTime().withSecond(0).withNano(0);
    from = from.withMinute(from.getMinute() < 30 ? 0 : 30);
    if (from.isAfter(LocalTime.of(22, 30))) {
      from = LocalTime.of(22, 30);
    }
    if (event.getGroup() != null && event.getGroup().matches("\\d{1,18}")) {
      getForm().setSpaceId(Long.valueOf(event.getGroup()));
    }
    getForm().setDay(at.toLocalDate());
    getForm().setFrom(from.toString());
    // A drag across free time (Ctrl held) gives its end; a double click gives none: an hour.
    LocalDateTime dragged = event.getEndDate() == null ? null : halfHour(event.getEndDate());
    LocalTime to =
        dragged != null
                && dragged.toLocalDate().equals(at.toLocalDate())
                && dragged.toLocalTime().isAfter(from)
            ? dragged.toLocalTime()
            : from.plusHours(1);
    getForm().setTo(to.toString());
  }

  /**
   * A booking dragged to another time or space (or stretched): changed as the dialog would change
   * it, to the nearest half hours, or refused with the rule's reason; the planning is redrawn
   * either way, so a refused move goes back.
   */
  public void onMoved(TimelineModificationEvent<Booking> event) {
    TimelineEvent<Booking> moved = event.getTimelineEvent();
    Booking booking = moved == null ? null : moved.getData();
    if (booking != null && movable(booking)) {
      startChange(booking);
      LocalDateTime from = halfHour(moved.getStartDate());
      LocalDateTime to = halfHour(moved.getEndDate());
      getForm().setDay(from.toLocalDate());
      getForm().setFrom(from.toLocalTime().toString());
      getForm()
          .setTo(
              to.isAfter(from)
                  ? to.toLocalTime().toString()
                  : from.plusMinutes(30).toLocalTime().toString());
      if (moved.getGroup() != null && moved.getGroup().matches("\\d{1,18}")) {
        getForm().setSpaceId(Long.valueOf(moved.getGroup()));
      }
      Long id = changingId;
      PageErrors.step(() -> bookings.change(id, details()), "booking.changed", "planning");
      startNew();
    }
    load();
  }

  private static LocalDateTime halfHour(LocalDateTime at) {
    LocalDateTime hour = at.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    int minutes = at.getMinute();
    return minutes < 15 ? hour : minutes < 45 ? hour.plusMinutes(30) : hour.plusHours(1);
  }

  /** A confirmed booking to come, for staff who change bookings: dragged or opened to change. */
  private boolean movable(Booking booking) {
    return booking.getStatus() == Booking.Status.CONFIRMED
        && booking.getEndsAt().isAfter(Instant.now())
        && isMayCancel();
  }

  /** A click on a booking: a confirmed one to come opens to be changed. */
  public void onSelect(TimelineSelectEvent<Booking> event) {
    Booking booking = event.getTimelineEvent() == null ? null : event.getTimelineEvent().getData();
    if (booking != null && movable(booking)) {
      startChange(booking);
      PrimeFaces.current().executeScript("PF('bookingDialog').show()");
    }
  }

  /** What a booking shows on the planning: its client and title. */
  public String label(Booking b) {
    return payerName(b) + (b.getTitle() == null ? "" : " · " + b.getTitle());
  }

  public TimelineModel<Booking, BookingChoices.SpaceChoice> getTimeline() {
    return timeline;
  }

  public boolean isWeek() {
    return week;
  }

  public LocalDateTime getStart() {
    return week ? monday().atStartOfDay() : getDay().atTime(FIRST_HOUR);
  }

  public LocalDateTime getEnd() {
    return week ? monday().plusWeeks(1).atStartOfDay() : getDay().atTime(LAST_HOUR);
  }

  public String getZoneId() {
    return zone().getId();
  }

  /** The day shown before (a week before, in the week's view). */
  public LocalDate getPrevious() {
    return week ? getDay().minusWeeks(1) : getDay().minusDays(1);
  }

  public LocalDate getNext() {
    return week ? getDay().plusWeeks(1) : getDay().plusDays(1);
  }

  public String getSocketUser() {
    return getCentreId() == null || caller.getPrincipal() == null
        ? null
        : PlanningPush.socketUser(caller.getPrincipal().tenantId(), getCentreId());
  }
}
