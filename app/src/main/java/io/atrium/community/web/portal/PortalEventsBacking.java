package io.atrium.community.web.portal;

import io.atrium.community.Answer;
import io.atrium.community.Attendance;
import io.atrium.community.CommunityEvent;
import io.atrium.community.EventSearch;
import io.atrium.community.Events;
import io.atrium.community.Seats;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * Events in the client space: the published, upcoming events of the member's centre, with their
 * cover, the seats left and the member's own answer; "I'll come", "I no longer come", and the
 * waitlist place when the event is full.
 */
@Named
@ViewScoped
public class PortalEventsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** More than a centre publishes at once; older ones are over and gone from the list. */
  static final int SHOWN = 50;

  @Inject Events events;

  @Inject Attendance attendance;

  private List<CommunityEvent> upcoming;
  private Map<Long, Seats> seats;
  private Map<Long, Answer> answers;

  public void load() {
    upcoming = events.list(EventSearch.ALL, 0, SHOWN);
    seats = attendance.seats(upcoming);
    answers = attendance.mine(upcoming);
  }

  public void rsvp(long eventId) {
    answer(() -> attendance.rsvp(eventId));
  }

  public void withdraw(long eventId) {
    answer(() -> attendance.withdraw(eventId));
  }

  private void answer(java.util.function.Supplier<Answer> command) {
    try {
      Answer answer = command.get();
      Messages.addGlobalInfo("portal.events.answer." + answer.status().name().toLowerCase());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "eventsForm");
    }
    load();
  }

  public List<CommunityEvent> getUpcoming() {
    return upcoming;
  }

  public Seats seatsOf(CommunityEvent event) {
    return seats.getOrDefault(event.getId(), Seats.empty(event.getCapacity()));
  }

  public Answer answerOf(CommunityEvent event) {
    return answers.getOrDefault(event.getId(), Answer.NONE);
  }
}
