package io.atrium.catalogue.web;

import io.atrium.catalogue.Catalogue;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.shared.web.EntityParam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The item of a page's {@code ?id=}, if the caller may see it, else 404. */
@Named
@ApplicationScoped
public class ItemParam extends EntityParam<CatalogueItem> {

  ItemParam() {}

  @Inject
  ItemParam(Catalogue service) {
    super(service::get, CatalogueItem::getId);
  }
}
