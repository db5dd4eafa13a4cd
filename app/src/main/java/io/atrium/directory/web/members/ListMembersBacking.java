package io.atrium.directory.web.members;

import io.atrium.directory.Member;
import io.atrium.directory.MemberSearch;
import io.atrium.directory.Members;
import io.atrium.directory.NewMember;
import io.atrium.directory.OnDemandUsers;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** Annuaire → Membres: every member and on-demand user, and the dialog adding an on-demand user. */
@Named
@ViewScoped
public class ListMembersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Members members;

  @Inject OnDemandUsers onDemandUsers;

  @Inject Centres centres;

  @Inject Caller caller;

  private MemberRows rows;
  private List<Centre> centreChoices;
  private NewMember draft;
  private Long centreId;

  /** Refuses callers without companies:read before anything is shown. */
  public void open() {
    caller.require(Area.COMPANIES, Action.READ);
    rows = new MemberRows(members);
    centreChoices = centres.visible();
    startCreate();
  }

  public void startCreate() {
    draft = new NewMember();
    centreId = centreChoices.size() == 1 ? centreChoices.get(0).getId() : null;
  }

  public void create() {
    try {
      Member created = onDemandUsers.create(centreId, draft);
      Messages.addGlobalInfo("member.created", created.getFullName());
      startCreate();
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "createForm");
    }
  }

  public MemberRows getRows() {
    return rows;
  }

  public MemberSearch.Who[] getWhoChoices() {
    return MemberSearch.Who.values();
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public NewMember getDraft() {
    return draft;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }
}
