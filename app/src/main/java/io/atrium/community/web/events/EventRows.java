package io.atrium.community.web.events;

import io.atrium.community.Attendance;
import io.atrium.community.CommunityEvent;
import io.atrium.community.EventSearch;
import io.atrium.community.Events;
import io.atrium.community.Seats;
import io.atrium.shared.web.TableRows;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The events table's rows, a page at a time from {@link Events}, with each row's seats, and the
 * filters of the table's header (state, centre, first and last day).
 */
public class EventRows extends TableRows<CommunityEvent> {

  private static final long serialVersionUID = 1L;

  private final Events events;
  private final Attendance attendance;
  private final Map<Long, Seats> seats = new HashMap<>();
  private CommunityEvent.State state;
  private Long centreId;
  private LocalDate from;
  private LocalDate to;

  EventRows(Events events, Attendance attendance, LocalDate from) {
    this.events = events;
    this.attendance = attendance;
    this.from = from;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) events.count(search());
  }

  @Override
  public List<CommunityEvent> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<CommunityEvent> page = events.list(search(), first, pageSize);
    seats.clear();
    seats.putAll(attendance.seats(page));
    return page;
  }

  @Override
  public String getRowKey(CommunityEvent event) {
    return String.valueOf(event.getId());
  }

  /** The row's seats, as loaded with its page. */
  public Seats seatsOf(CommunityEvent event) {
    return seats.getOrDefault(event.getId(), Seats.empty(event.getCapacity()));
  }

  /**
   * The filters a link names ({@code ?centre=&state=PUBLISHED&from=2026-12-03&to=}, the home's
   * figures); a value that means nothing leaves its filter as it was.
   */
  void filterBy(Function<String, String> parameter) {
    String centre = parameter.apply("centre");
    if (centre != null && centre.matches("\\d{1,18}")) {
      centreId = Long.valueOf(centre);
    }
    String named = parameter.apply("state");
    Arrays.stream(CommunityEvent.State.values())
        .filter(s -> s.name().equals(named))
        .findFirst()
        .ifPresent(s -> state = s);
    from = day(parameter.apply("from"), from);
    to = day(parameter.apply("to"), to);
  }

  private static LocalDate day(String text, LocalDate otherwise) {
    try {
      return text == null ? otherwise : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return otherwise;
    }
  }

  private EventSearch search() {
    return new EventSearch(state, centreId, from, to);
  }

  public CommunityEvent.State getState() {
    return state;
  }

  public void setState(CommunityEvent.State state) {
    this.state = state;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
