package io.atrium.helpdesk.web;

import io.atrium.helpdesk.SupportSettings;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketActivity;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.helpdesk.TicketComment;
import io.atrium.helpdesk.TicketStatus;
import io.atrium.helpdesk.TicketWork;
import io.atrium.helpdesk.Tickets;
import io.atrium.shared.web.EntityParam;
import io.atrium.shared.web.PageErrors;
import io.atrium.staff.StaffMember;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.primefaces.model.file.UploadedFiles;

/**
 * A ticket's page for staff, {@code ?id=}: details and files, a button per allowed status, assign,
 * escalate, reopen, comments and internal notes, activity. Another centre's or tenant's ticket is
 * not found.
 */
@Named
@ViewScoped
public class TicketBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;

  @Inject TicketWork work;

  @Inject SupportSettings settings;

  @Inject
  @Param(name = "id", converter = "#{ticketParam}")
  private Ticket ticket;

  private List<TicketComment> comments;
  private List<TicketAttachment> files;
  private List<TicketActivity> activity;
  private List<StaffMember> assignees;
  private boolean reopenable;
  private Long assigneeId;
  private String body;
  private boolean internal;
  private transient UploadedFiles uploads;

  public void load() {
    EntityParam.required(ticket);
    comments = tickets.comments(ticket.getId());
    files = tickets.attachments(ticket.getId());
    activity = tickets.activity(ticket.getId());
    assignees = settings.assignable(ticket.getCentre());
    reopenable = ticket.reopenable(Instant.now(), settings.reopenDays());
  }

  public void assign() {
    run("assignForm", () -> work.assign(ticket.getId(), assigneeId == null ? -1 : assigneeId));
  }

  public void move(TicketStatus target) {
    run("actions", () -> work.changeStatus(ticket.getId(), target));
  }

  public void escalate() {
    run("actions", () -> work.escalate(ticket.getId()));
  }

  public void deescalate() {
    run("actions", () -> work.deescalate(ticket.getId()));
  }

  public void reopen() {
    run("actions", () -> work.reopen(ticket.getId()));
  }

  public void comment() {
    if (run(
        "commentForm", () -> work.comment(ticket.getId(), body, internal, Uploads.of(uploads)))) {
      body = null;
      internal = false;
    }
  }

  private boolean run(String form, Runnable command) {
    if (!PageErrors.run(command, "ticket.saved", form)) {
      return false;
    }
    ticket = tickets.get(ticket.getId());
    load();
    return true;
  }

  public boolean overdue() {
    return ticket.overdue(Instant.now());
  }

  public Ticket getTicket() {
    return ticket;
  }

  public List<TicketComment> getComments() {
    return comments;
  }

  public List<TicketAttachment> getFiles() {
    return files;
  }

  public List<TicketActivity> getActivity() {
    return activity;
  }

  public List<StaffMember> getAssignees() {
    return assignees;
  }

  public List<TicketStatus> getTargets() {
    return List.copyOf(ticket.allowedTargets());
  }

  public boolean isReopenable() {
    return reopenable;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }

  public UploadedFiles getUploads() {
    return uploads;
  }

  public void setUploads(UploadedFiles uploads) {
    this.uploads = uploads;
  }
}
