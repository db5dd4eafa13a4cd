package io.atrium.catalogue;

import io.atrium.shared.BusinessException;

/** Someone else saved this item since the caller read it. */
public class CatalogueChangedException extends BusinessException {

  public CatalogueChangedException() {
    super(409, "problem.detail.409");
  }
}
