package io.atrium.directory;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotSignedInException;
import io.atrium.signin.AccountLinks;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Opening the client space to members: "Activer le compte" on a member's file, and "Inviter un
 * membre" in the client space. Both e-mail a link to choose a password (signin), in the same
 * transaction as the change. Who may: whoever may change the member ({@link Members}).
 */
@ApplicationScoped
public class Invitations {

  @Inject Members members;

  @Inject Tenants tenants;

  @Inject AccountLinks links;

  /** Adds a member to the company and e-mails them their activation link. */
  @Transactional
  public Member invite(long companyId, NewMember who) {
    Member member = members.create(companyId, who);
    links.sendActivation(tenant(), member);
    return member;
  }

  /**
   * E-mails an invited member the link to choose their password.
   *
   * @throws InvalidFieldsException when the member is already active, or disabled
   */
  @Transactional
  public Member activate(long memberId) {
    Member member = members.changeable(memberId);
    if (member.getStatus() == Member.Status.ACTIVE) {
      throw InvalidFieldsException.of("status", "member.activation.active");
    }
    links.sendActivation(tenant(), member);
    return member;
  }

  private Tenant tenant() {
    return tenants.current().orElseThrow(NotSignedInException::new);
  }
}
