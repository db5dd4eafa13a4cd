package io.atrium.helpdesk.web;

import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketSearch;
import io.atrium.helpdesk.TicketStatus;
import io.atrium.helpdesk.TicketType;
import io.atrium.helpdesk.Tickets;
import io.atrium.shared.web.TableRows;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** A ticket table's rows, a page at a time from {@link Tickets}, with the header's filters. */
public class TicketRows extends TableRows<Ticket> {

  private static final long serialVersionUID = 1L;

  private final Tickets tickets;
  private Long centreId;
  private TicketType type;
  private TicketStatus status;
  private Long assigneeId;
  private Boolean escalated;
  private Integer olderThanDays;
  private boolean overdue;

  public TicketRows(Tickets tickets) {
    this.tickets = tickets;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) tickets.count(search());
  }

  @Override
  public List<Ticket> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return tickets.list(search(), first, pageSize);
  }

  @Override
  public String getRowKey(Ticket ticket) {
    return String.valueOf(ticket.getId());
  }

  /**
   * The filters a link names ({@code ?centre=&status=in-progress&assignee=&overdue=true}, the
   * home's figures); a value that means nothing filters nothing.
   */
  void filterBy(Function<String, String> parameter) {
    centreId = number(parameter.apply("centre"));
    assigneeId = number(parameter.apply("assignee"));
    overdue = "true".equals(parameter.apply("overdue"));
    String key = parameter.apply("status");
    status =
        Arrays.stream(TicketStatus.values())
            .filter(s -> s.key().equals(key))
            .findFirst()
            .orElse(null);
  }

  private static Long number(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private TicketSearch search() {
    return new TicketSearch(centreId, type, status, assigneeId, escalated, olderThanDays, overdue);
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public TicketType getType() {
    return type;
  }

  public void setType(TicketType type) {
    this.type = type;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public void setStatus(TicketStatus status) {
    this.status = status;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public Boolean getEscalated() {
    return escalated;
  }

  public void setEscalated(Boolean escalated) {
    this.escalated = escalated;
  }

  public Integer getOlderThanDays() {
    return olderThanDays;
  }

  public void setOlderThanDays(Integer olderThanDays) {
    this.olderThanDays = olderThanDays;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
