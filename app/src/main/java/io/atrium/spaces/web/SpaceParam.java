package io.atrium.spaces.web;

import io.atrium.shared.web.EntityParam;
import io.atrium.spaces.Space;
import io.atrium.spaces.Spaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The space of a page's {@code ?id=}, if one of the caller's centres holds it, else 404. */
@Named
@ApplicationScoped
public class SpaceParam extends EntityParam<Space> {

  SpaceParam() {}

  @Inject
  SpaceParam(Spaces service) {
    super(service::get, Space::getId);
  }
}
