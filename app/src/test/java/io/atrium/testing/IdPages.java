package io.atrium.testing;

import java.util.List;

/**
 * Every page that takes a row's id, for the cross-tenant isolation test: opened by someone of
 * another tenant, each must answer "not found" and show nothing of the row. A placeholder names the
 * kind of row whose id goes in it: {@code {staff}} a staff member.
 */
public final class IdPages {

  public static final List<String> PAGES = List.of("staff/detail.xhtml?id={staff}");

  private IdPages() {}
}
