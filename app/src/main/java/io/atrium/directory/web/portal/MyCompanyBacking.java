package io.atrium.directory.web.portal;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.Invitations;
import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.directory.NewMember;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * "Mon entreprise" in the client space: the member's company and its members. Administrators and
 * managers invite new members, with a role no higher than their own.
 */
@Named
@ViewScoped
public class MyCompanyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Members members;

  @Inject Companies companies;

  @Inject Invitations invitations;

  @Inject Caller caller;

  private Company company;
  private List<Member> people;
  private NewMember invitation = new NewMember();

  public void load() {
    Member self = members.self();
    if (!self.onDemand()) {
      company = companies.get(self.getCompany().getId());
      people = members.ofCompany(company.getId());
    }
  }

  public void invite() {
    try {
      Member invited = invitations.invite(company.getId(), invitation);
      Messages.addGlobalInfo("portal.company.invited", invited.getEmail());
      invitation = new NewMember();
      people = members.ofCompany(company.getId());
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "inviteForm");
    }
  }

  public boolean isMayInvite() {
    return company != null && caller.may(ClientRight.MEMBERS);
  }

  /** The roles the member may give: their own and those below it. */
  public List<CompanyRole> getRoles() {
    CompanyRole own = caller.rights().companyRole();
    return Arrays.stream(CompanyRole.values()).filter(r -> own != null && !r.above(own)).toList();
  }

  public Company getCompany() {
    return company;
  }

  public List<Member> getPeople() {
    return people;
  }

  public NewMember getInvitation() {
    return invitation;
  }
}
