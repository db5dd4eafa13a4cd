package io.atrium.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The side menu's sections, for the layout. */
@Named
@ApplicationScoped
public class Navigation {

  private static final List<Module.Group> GROUPS = List.of(Module.Group.values());

  public List<Module.Group> getGroups() {
    return GROUPS;
  }
}
