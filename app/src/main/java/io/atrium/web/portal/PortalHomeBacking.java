package io.atrium.web.portal;

import io.atrium.community.Answer;
import io.atrium.community.Attendance;
import io.atrium.community.CommunityEvent;
import io.atrium.community.EventSearch;
import io.atrium.community.Events;
import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.helpdesk.TicketSearch;
import io.atrium.helpdesk.TicketStatus;
import io.atrium.helpdesk.Tickets;
import io.atrium.identity.ClientRight;
import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorLists;
import io.atrium.reception.VisitorSearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The client space's home ("Accueil"): who the member is and what their role lets them do, then
 * what needs them: visitors waiting at the desk for their answer and those expected today, their
 * open tickets, the next events of their centre with their answer. Each part is shown only when the
 * member's company role grants its right.
 */
@Named
@RequestScoped
public class PortalHomeBacking {

  static final int EVENTS_SHOWN = 3;

  @Inject Members members;
  @Inject VisitorLists visitors;
  @Inject Tickets tickets;
  @Inject Events events;
  @Inject Attendance attendance;

  private Member member;
  private long awaitingAnswer;
  private long expectedToday;
  private long openTickets;
  private List<CommunityEvent> nextEvents;
  private Map<Long, Answer> answers;

  @PostConstruct
  void load() {
    member = members.self();
    if (member.may(ClientRight.APPOINTMENTS)) {
      LocalDate today = LocalDate.now(member.getHomeCentre().zone());
      awaitingAnswer =
          visitors.count(
              new VisitorSearch(null, null, Visitor.State.ARRIVED, null, member.getId(), null));
      expectedToday =
          visitors.count(
              new VisitorSearch(null, today, Visitor.State.EXPECTED, null, member.getId(), null));
    }
    if (member.may(ClientRight.INCIDENTS)) {
      openTickets = openTickets(TicketStatus.NEW) + openTickets(TicketStatus.IN_PROGRESS);
    }
    nextEvents = events.list(EventSearch.ALL, 0, EVENTS_SHOWN);
    answers = attendance.mine(nextEvents);
  }

  private long openTickets(TicketStatus status) {
    return tickets.count(new TicketSearch(null, null, status, null, null, null, false));
  }

  public Member getMember() {
    return member;
  }

  public List<ClientRight> getRights() {
    return List.of(ClientRight.values());
  }

  public boolean may(ClientRight right) {
    return member.may(right);
  }

  public long getAwaitingAnswer() {
    return awaitingAnswer;
  }

  public long getExpectedToday() {
    return expectedToday;
  }

  public long getOpenTickets() {
    return openTickets;
  }

  public List<CommunityEvent> getNextEvents() {
    return nextEvents;
  }

  public Answer answerOf(CommunityEvent event) {
    return answers.getOrDefault(event.getId(), Answer.NONE);
  }
}
