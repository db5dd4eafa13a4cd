package io.atrium.pricing.web;

import io.atrium.pricing.PriceGrid;
import io.atrium.pricing.PriceGrids;
import io.atrium.shared.web.EntityParam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The grid of a page's {@code ?id=}, if the caller sees it, else 404. */
@Named
@ApplicationScoped
public class PriceGridParam extends EntityParam<PriceGrid> {

  PriceGridParam() {}

  @Inject
  PriceGridParam(PriceGrids service) {
    super(service::get, PriceGrid::getId);
  }
}
