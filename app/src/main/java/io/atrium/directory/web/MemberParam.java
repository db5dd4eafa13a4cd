package io.atrium.directory.web;

import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.shared.web.EntityParam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The member of a page's {@code ?id=}, if the caller may see them, else 404. */
@Named
@ApplicationScoped
public class MemberParam extends EntityParam<Member> {

  MemberParam() {}

  @Inject
  MemberParam(Members service) {
    super(service::get, Member::getId);
  }
}
