package io.atrium.directory;

import io.atrium.identity.ActivationRequested;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.InvalidFieldsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Opening the client space to members: "Activer le compte" on a member's file, and "Inviter un
 * membre" in the client space. Both have sign-in e-mail a link to choose a password ({@link
 * ActivationRequested}), in the same transaction as the change. Who may: whoever may change the
 * member ({@link Members}).
 */
@ApplicationScoped
public class Invitations {

  @Inject Members members;

  @Inject Event<ActivationRequested> activation;

  /** Adds a member to the company and e-mails them their activation link. */
  @Transactional
  public Member invite(long companyId, NewMember who) {
    Member member = members.create(companyId, who);
    activation.fire(new ActivationRequested(AtriumPrincipal.Kind.MEMBER, member.getId()));
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
    activation.fire(new ActivationRequested(AtriumPrincipal.Kind.MEMBER, member.getId()));
    return member;
  }
}
