package io.atrium.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/** The dashboard: today's date and how much of the product is open yet. */
@Named
@RequestScoped
public class HomeBacking {

  /** Today in UTC until a centre, and so its time zone, is chosen (tenancy issue). */
  public LocalDate getToday() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  public long getModulesReady() {
    return Arrays.stream(Module.values()).filter(Module::isAvailable).count();
  }

  public int getModulesTotal() {
    return Module.values().length;
  }
}
