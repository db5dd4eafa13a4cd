package io.atrium.web.portal;

import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.identity.ClientRight;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The client space's home: who the member is, their company, what their role lets them do. */
@Named
@RequestScoped
public class PortalHomeBacking {

  @Inject Members members;

  private Member member;

  @PostConstruct
  void load() {
    member = members.self();
  }

  public Member getMember() {
    return member;
  }

  public List<ClientRight> getRights() {
    return List.of(ClientRight.values());
  }

  public boolean may(ClientRight right) {
    return member.may(right);
  }
}
