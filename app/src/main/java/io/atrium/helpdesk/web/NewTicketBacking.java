package io.atrium.helpdesk.web;

import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.helpdesk.NewTicket;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketIntake;
import io.atrium.helpdesk.TicketPriority;
import io.atrium.helpdesk.TicketType;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFiles;

/**
 * Helpdesk → New ticket: staff raise a ticket for a member, or for the building (no member: they
 * are the requester), with photos and videos.
 */
@Named
@ViewScoped
public class NewTicketBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many members the requester picker offers at once; a search narrows them down. */
  static final int MEMBER_CHOICES = 50;

  @Inject TicketIntake intake;

  @Inject Centres centres;

  @Inject Members members;

  @Inject Caller caller;

  private NewTicket draft;
  private List<Centre> centreChoices;
  private List<Member> memberChoices = List.of();
  private String memberSearch;
  private boolean moreMembers;
  private transient UploadedFiles uploads;

  public void open() {
    caller.require(Area.TICKETS, Action.CREATE);
    centreChoices = centres.visible();
    draft = new NewTicket();
    if (centreChoices.size() == 1) {
      draft.setCentreId(centreChoices.get(0).getId());
    }
    searchMembers();
  }

  /** The requesters of the chosen centre whose name or e-mail holds the search text. */
  public void searchMembers() {
    List<Member> found =
        draft.getCentreId() == null || !caller.can("companies:read")
            ? List.of()
            : members.choicesIn(draft.getCentreId(), memberSearch, MEMBER_CHOICES);
    moreMembers = found.size() > MEMBER_CHOICES;
    memberChoices = moreMembers ? List.copyOf(found.subList(0, MEMBER_CHOICES)) : found;
    if (memberChoices.stream().noneMatch(m -> m.getId().equals(draft.getRequesterMemberId()))) {
      draft.setRequesterMemberId(null);
    }
  }

  public String create() {
    try {
      Ticket created = intake.create(draft, Uploads.of(uploads));
      Messages.addFlashGlobalInfo("ticket.created", created.getNumber());
      return "/helpdesk/ticket?faces-redirect=true&id=" + created.getId();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "ticketForm");
      return null;
    }
  }

  public NewTicket getDraft() {
    return draft;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<Member> getMembers() {
    return memberChoices;
  }

  /** Whether more members match than the picker shows. */
  public boolean isMoreMembers() {
    return moreMembers;
  }

  public String getMemberSearch() {
    return memberSearch;
  }

  public void setMemberSearch(String memberSearch) {
    this.memberSearch = memberSearch;
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
