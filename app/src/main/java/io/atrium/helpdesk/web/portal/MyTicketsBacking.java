package io.atrium.helpdesk.web.portal;

import io.atrium.helpdesk.NewTicket;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketIntake;
import io.atrium.helpdesk.TicketPriority;
import io.atrium.helpdesk.TicketType;
import io.atrium.helpdesk.Tickets;
import io.atrium.helpdesk.web.TicketRows;
import io.atrium.helpdesk.web.Uploads;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFiles;

/**
 * "Mes tickets" in the client space (client right INCIDENTS): the member's tickets (an
 * Administrator's: the company's) and the form to report an incident with photos or videos.
 */
@Named
@ViewScoped
public class MyTicketsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;

  @Inject TicketIntake intake;

  @Inject Caller caller;

  private TicketRows rows;
  private NewTicket draft = new NewTicket();
  private transient UploadedFiles uploads;

  public void open() {
    caller.require(ClientRight.INCIDENTS);
    rows = new TicketRows(tickets);
  }

  public String create() {
    try {
      Ticket created = intake.create(draft, Uploads.of(uploads));
      Messages.addFlashGlobalInfo("ticket.created", created.getNumber());
      return "/portal/ticket?faces-redirect=true&id=" + created.getId();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "ticketForm");
      return null;
    }
  }

  public TicketRows getRows() {
    return rows;
  }

  public NewTicket getDraft() {
    return draft;
  }

  public TicketType[] getTypes() {
    return TicketType.values();
  }

  public TicketPriority[] getPriorities() {
    return TicketPriority.values();
  }

  public UploadedFiles getUploads() {
    return uploads;
  }

  public void setUploads(UploadedFiles uploads) {
    this.uploads = uploads;
  }
}
