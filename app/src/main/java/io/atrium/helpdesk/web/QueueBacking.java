package io.atrium.helpdesk.web;

import io.atrium.helpdesk.SupportSettings;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketStatus;
import io.atrium.helpdesk.TicketType;
import io.atrium.helpdesk.Tickets;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.staff.StaffMember;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Helpdesk → Tickets: the queue of the caller's centres (document 000: a community manager sees
 * only their building's), filtered by centre, type, status, assignee, escalation, age and overdue,
 * with the SLA timers. A link may name the filters ({@code ?centre=&status=&assignee=&overdue=}).
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;

  @Inject Centres centres;

  @Inject SupportSettings settings;

  @Inject Caller caller;

  private TicketRows rows;
  private List<Centre> centreChoices;
  private List<StaffMember> assignees;

  /** Refuses callers without tickets:read before anything is shown. */
  public void open() {
    caller.require(Area.TICKETS, Action.READ);
    rows = new TicketRows(tickets);
    rows.filterBy(Faces::getRequestParameter);
    if (rows.getCentreId() != null) {
      centres.get(rows.getCentreId()); // another tenant's or centre's: not found, as everywhere
    }
    centreChoices = centres.visible();
    assignees =
        centreChoices.stream()
            .flatMap(c -> settings.assignable(c).stream())
            .distinct()
            .sorted((a, b) -> a.getFullName().compareToIgnoreCase(b.getFullName()))
            .toList();
  }

  public boolean overdue(Ticket ticket) {
    return ticket.overdue(Instant.now());
  }

  public boolean firstResponseOverdue(Ticket ticket) {
    return ticket.firstResponseOverdue(Instant.now());
  }

  public boolean resolutionOverdue(Ticket ticket) {
    return ticket.resolutionOverdue(Instant.now());
  }

  public TicketRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<StaffMember> getAssignees() {
    return assignees;
  }

  public TicketType[] getTypes() {
    return TicketType.values();
  }

  public TicketStatus[] getStatuses() {
    return TicketStatus.values();
  }

  public List<Integer> getAges() {
    return List.of(1, 3, 7, 30);
  }
}
