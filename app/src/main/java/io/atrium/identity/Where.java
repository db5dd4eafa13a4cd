package io.atrium.identity;

import java.util.Map;

/**
 * The one JPQL condition "in the caller's centres" (package rule of every centre-bound capability):
 * {@code where.add(Where.inCentres("t.centre.id", caller.centres(), parameters))}. The query text
 * is the same whether the caller sees every centre or some, so PostgreSQL plans it once, and the id
 * list is never empty ({@link CentreScope#ids()}).
 */
public final class Where {

  private Where() {}

  /**
   * The condition that the centre id at {@code centrePath} is one the scope allows; its parameters
   * ({@code centresAll}, {@code centreIds}) are put in {@code parameters}.
   */
  public static String inCentres(
      String centrePath, CentreScope scope, Map<String, Object> parameters) {
    parameters.put("centresAll", scope.all());
    parameters.put("centreIds", scope.ids());
    return "(:centresAll = true or " + centrePath + " in :centreIds)";
  }
}
