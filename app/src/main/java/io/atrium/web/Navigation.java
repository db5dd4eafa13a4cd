package io.atrium.web;

import io.atrium.identity.Action;
import io.atrium.identity.Caller;
import io.atrium.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The side menu's sections, showing only the built modules the caller may read. */
@Named
@RequestScoped
public class Navigation {

  @Inject Caller caller;

  public List<Module.Group> getGroups() {
    return List.of(Module.Group.values()).stream()
        .filter(group -> group.getModules().stream().anyMatch(this::visible))
        .toList();
  }

  public boolean visible(Module module) {
    return module.isAvailable()
        && (module.getArea() == null || caller.may(Permission.of(module.getArea(), Action.READ)));
  }
}
