package io.atrium.helpdesk.web.portal;

import io.atrium.helpdesk.SupportSettings;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.helpdesk.TicketComment;
import io.atrium.helpdesk.TicketWork;
import io.atrium.helpdesk.Tickets;
import io.atrium.helpdesk.web.Uploads;
import io.atrium.identity.Caller;
import io.atrium.shared.web.EntityParam;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.primefaces.model.file.UploadedFiles;

/**
 * A ticket in the client space, {@code ?id=}: its status, description, files and comments (never
 * staff's internal notes), a comment form, and "Reopen" for its requester while the window runs.
 */
@Named
@ViewScoped
public class MyTicketBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;

  @Inject TicketWork work;

  @Inject SupportSettings settings;

  @Inject Caller caller;

  @Inject
  @Param(name = "id", converter = "#{ticketParam}")
  private Ticket ticket;

  private List<TicketComment> comments;
  private List<TicketAttachment> files;
  private boolean reopenable;
  private String body;
  private transient UploadedFiles uploads;

  public void load() {
    EntityParam.required(ticket);
    comments = tickets.comments(ticket.getId());
    files = tickets.attachments(ticket.getId());
    reopenable =
        ticket.reopenable(Instant.now(), settings.reopenDays())
            && ticket.getRequesterMember() != null
            && ticket.getRequesterMember().getId() == caller.getPrincipal().personId();
  }

  public void comment() {
    if (PageErrors.run(
        () -> work.comment(ticket.getId(), body, false, Uploads.of(uploads)),
        "ticket.saved",
        "commentForm")) {
      body = null;
      reload();
    }
  }

  public void reopen() {
    if (PageErrors.run(() -> work.reopen(ticket.getId()), "ticket.saved", "reopenForm")) {
      reload();
    }
  }

  /** The ticket as the command left it. */
  private void reload() {
    ticket = tickets.get(ticket.getId());
    load();
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

  public boolean isReopenable() {
    return reopenable;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public UploadedFiles getUploads() {
    return uploads;
  }

  public void setUploads(UploadedFiles uploads) {
    this.uploads = uploads;
  }
}
