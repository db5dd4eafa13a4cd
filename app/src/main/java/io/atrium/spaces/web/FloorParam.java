package io.atrium.spaces.web;

import io.atrium.shared.web.EntityParam;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Floors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The floor of a page's {@code ?id=}, if one of the caller's centres holds it, else 404. */
@Named
@ApplicationScoped
public class FloorParam extends EntityParam<Floor> {

  FloorParam() {}

  @Inject
  FloorParam(Floors service) {
    super(service::get, Floor::getId);
  }
}
