package io.atrium.payments.web;

import io.atrium.payments.Balance;
import io.atrium.payments.Balances;
import io.atrium.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Outstanding balance" card of a company's or an on-demand member's page ({@code
 * WEB-INF/payments/balance.xhtml}): rendered only for staff whose role may see balances; asked once
 * per request and payer.
 */
@Named
@RequestScoped
public class BalanceTile {

  @Inject Balances balances;

  private final Map<String, List<Balance>> asked = new HashMap<>();

  public boolean isVisible() {
    return balances.visible();
  }

  public List<Balance> ofCompany(Long companyId) {
    return companyId == null
        ? List.of()
        : asked.computeIfAbsent("c" + companyId, k -> quietly(() -> balances.ofCompany(companyId)));
  }

  public List<Balance> ofMember(Long memberId) {
    return memberId == null
        ? List.of()
        : asked.computeIfAbsent("m" + memberId, k -> quietly(() -> balances.ofMember(memberId)));
  }

  private static List<Balance> quietly(java.util.function.Supplier<List<Balance>> ask) {
    try {
      return ask.get();
    } catch (BusinessException hidden) {
      return List.of();
    }
  }
}
