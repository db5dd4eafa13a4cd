package io.atrium.web;

import io.atrium.identity.Action;
import io.atrium.identity.Caller;
import io.atrium.identity.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The side menu's sections, showing only the built modules the caller may read. Every page draws
 * the menu, so it is worked out once per set of permissions and kept: it depends on nothing else,
 * so a changed role simply finds (or makes) the menu of its new set, on this server or any other.
 */
@Named
@RequestScoped
public class Navigation {

  /** Menus by permission set; there are as few as there are distinct roles in use. */
  private static final Map<Set<Permission>, List<Section>> MENUS = new ConcurrentHashMap<>();

  @Inject Caller caller;

  private List<Section> groups;

  /** The sections holding at least one module the caller may read, with only those modules. */
  public List<Section> getGroups() {
    if (groups == null) {
      Set<Permission> permissions = caller.rights().permissions();
      groups = MENUS.computeIfAbsent(Set.copyOf(permissions), Navigation::menu);
    }
    return groups;
  }

  public boolean visible(Module module) {
    return visible(module, caller.rights().permissions());
  }

  private static List<Section> menu(Set<Permission> permissions) {
    return List.of(Module.Group.values()).stream()
        .map(
            group ->
                new Section(
                    group,
                    group.getModules().stream().filter(m -> visible(m, permissions)).toList()))
        .filter(section -> !section.getModules().isEmpty())
        .toList();
  }

  private static boolean visible(Module module, Set<Permission> permissions) {
    return module.isAvailable()
        && (module.getArea() == null
            || permissions.contains(Permission.of(module.getArea(), Action.READ)));
  }

  /** A section of the menu and the modules of it the caller may read. */
  public static final class Section {
    private final Module.Group group;
    private final List<Module> modules;

    Section(Module.Group group, List<Module> modules) {
      this.group = group;
      this.modules = modules;
    }

    public Module.Group getGroup() {
      return group;
    }

    public String getLabelKey() {
      return group.getLabelKey();
    }

    public List<Module> getModules() {
      return modules;
    }
  }
}
