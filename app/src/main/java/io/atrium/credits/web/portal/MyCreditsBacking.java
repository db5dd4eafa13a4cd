package io.atrium.credits.web.portal;

import io.atrium.credits.CreditPool;
import io.atrium.credits.Credits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Espace client → Réservations: the member's allowances and their company's pools, read once. */
@Named
@RequestScoped
public class MyCreditsBacking {

  @Inject Credits credits;

  private List<CreditPool> pools;

  public List<CreditPool> getPools() {
    if (pools == null) {
      pools = credits.list(new Credits.Search(null, null, null));
    }
    return pools;
  }
}
