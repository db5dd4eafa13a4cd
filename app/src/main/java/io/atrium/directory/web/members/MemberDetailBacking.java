package io.atrium.directory.web.members;

import io.atrium.directory.Invitations;
import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.web.EntityParam;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * The member's file (fiche utilisateur), {@code ?id=}: details and company role to edit, access to
 * disable or enable, and "Activer le compte" for an invited member.
 */
@Named
@ViewScoped
public class MemberDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Members members;

  @Inject Invitations invitations;

  @Inject
  @Param(name = "id", converter = "#{memberParam}")
  private Member member;

  public void load() {
    EntityParam.required(member);
  }

  public void save() {
    try {
      member = members.update(member);
      Messages.addGlobalInfo("member.saved");
    } catch (InvalidFieldsException invalid) {
      PageErrors.show(invalid, "details");
    }
  }

  /** Sends the activation e-mail and says to whom. */
  public void activate() {
    try {
      member = invitations.activate(member.getId());
      Messages.addGlobalInfo("member.activation.sent", member.getEmail());
    } catch (InvalidFieldsException invalid) {
      invalid.fieldKeys().values().forEach(Messages::addGlobalError);
    }
  }

  public void disable() {
    member = members.disable(member.getId());
    Messages.addGlobalInfo("member.disabled");
  }

  public void enable() {
    member = members.enable(member.getId());
    Messages.addGlobalInfo("member.enabled");
  }

  public Member getMember() {
    return member;
  }

  public CompanyRole[] getRoles() {
    return CompanyRole.values();
  }
}
