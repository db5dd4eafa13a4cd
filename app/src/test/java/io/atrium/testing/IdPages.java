package io.atrium.testing;

import java.util.List;

/**
 * Every page that takes an id in its address, with the id as a placeholder naming its kind ({@code
 * {company}}, {@code {member}}, {@code {staff}}): the cross-tenant isolation test opens each with
 * another tenant's ids. A page that takes an id belongs here.
 */
public final class IdPages {

  public static final List<String> ALL = List.of();

  private IdPages() {}
}
