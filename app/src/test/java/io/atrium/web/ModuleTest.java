package io.atrium.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.identity.Area;
import io.atrium.shared.i18n.Texts;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModuleTest {

  @Test
  void everyModuleAndSectionOfTheMenuHasALabelInBothLanguages() {
    for (Locale language : Texts.LANGUAGES) {
      var bundle = Texts.bundle(language);
      for (Module module : Module.values()) {
        assertTrue(bundle.containsKey(module.getLabelKey()), module + " in " + language);
      }
      for (Module.Group group : Module.Group.values()) {
        assertTrue(bundle.containsKey(group.getLabelKey()), group + " in " + language);
      }
    }
  }

  @Test
  void everyBuiltModuleIsInExactlyOneSectionAndNoOtherIsListed() {
    int listed = Arrays.stream(Module.Group.values()).mapToInt(g -> g.getModules().size()).sum();
    assertEquals(Arrays.stream(Module.values()).filter(Module::isAvailable).count(), listed);
    assertTrue(
        Arrays.stream(Module.Group.values())
            .flatMap(g -> g.getModules().stream())
            .allMatch(Module::isAvailable),
        "a module without a page is not shown");
  }

  @Test
  void onlyModulesWithAPageAreOpen() {
    assertTrue(Module.DASHBOARD.isAvailable());
    for (Module module : Module.values()) {
      assertEquals(module.getPage() != null, module.isAvailable(), module.name());
    }
  }

  @Test
  void everyModuleButTheDashboardIsShownByARowOfTheRightsMatrix() {
    assertEquals(Area.AUDIT, Module.AUDIT_LOG.getArea());
    assertEquals(Area.SETTINGS, Module.SENT_MAIL.getArea());
    for (Module module : Module.values()) {
      assertEquals(module == Module.DASHBOARD, module.getArea() == null, module.name());
    }
  }
}
