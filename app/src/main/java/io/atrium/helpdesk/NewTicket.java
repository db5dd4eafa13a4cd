package io.atrium.helpdesk;

import java.io.Serializable;

/**
 * The ticket form: what a member fills in from the client space or the API, and what staff fill in
 * for a member ({@code requesterMemberId}) or for the building (no requester: the staff member).
 * The centre is the member's home centre for members, chosen by staff.
 */
public class NewTicket implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long centreId;
  private TicketType type;
  private TicketPriority priority = TicketPriority.NORMAL;
  private String title;
  private String description;
  private Long requesterMemberId;

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

  public TicketPriority getPriority() {
    return priority;
  }

  public void setPriority(TicketPriority priority) {
    this.priority = priority;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getRequesterMemberId() {
    return requesterMemberId;
  }

  public void setRequesterMemberId(Long requesterMemberId) {
    this.requesterMemberId = requesterMemberId;
  }
}
