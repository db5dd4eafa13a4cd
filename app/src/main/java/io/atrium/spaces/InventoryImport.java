package io.atrium.spaces;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.csv.LineError;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports a CSV file of assets into the spaces of one centre (inventory:edit), all or nothing:
 * every line is read and checked first (a space of that centre by name, the fields' rules, serial
 * numbers unique in the file and in the tenant) and any wrong line refuses the file with every
 * error and its line. A good file is written in one transaction and audited as one IMPORT of the
 * centre's inventory with the count: the file is the unit the person acted on.
 */
@ApplicationScoped
public class InventoryImport {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject InventoryAccess access;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * @return how many assets were added
   * @throws InventoryImportException listing every wrong line; nothing is written
   */
  @Transactional
  public int importFile(Long centreId, String fileName, byte[] content) {
    caller.require(Area.INVENTORY, Action.EDIT);
    if (centreId == null) {
      throw InvalidFieldsException.of("centreId", "inventory.required");
    }
    Centre centre = access.centre(centreId);
    InventoryCsv.Reading reading = InventoryCsv.read(content);
    List<InventoryCsv.Line> lines = reading.lines();
    Map<String, Space> spaces = new HashMap<>();
    access.spaces(centre.getId()).forEach(s -> spaces.put(nameKey(s.getName()), s));
    LocalDate today = LocalDate.now(clock.withZone(centre.zone()));
    List<LineError> errors = new ArrayList<>(reading.errors());
    Map<String, Integer> serials = new HashMap<>();
    for (InventoryCsv.Line line : lines) {
      if (!spaces.containsKey(nameKey(line.spaceName()))) {
        errors.add(new LineError(line.number(), "space", "inventory.space.unknown"));
      }
      AssetRules.check(line.details(), today)
          .forEach((field, key) -> errors.add(new LineError(line.number(), field, key)));
      String serial = AssetRules.clean(line.details().getSerialNumber());
      if (serial != null && serials.putIfAbsent(serial, line.number()) != null) {
        errors.add(
            new LineError(line.number(), "serialNumber", "inventory.serial.duplicateInFile"));
      }
    }
    List<String> taken = access.serialsTaken(List.copyOf(serials.keySet()));
    for (String serial : taken) {
      errors.add(new LineError(serials.get(serial), "serialNumber", "inventory.serial.taken"));
    }
    if (!errors.isEmpty()) {
      errors.sort(
          Comparator.comparingInt(LineError::line)
              .thenComparing(e -> InventoryCsv.COLUMNS.indexOf(e.column())));
      throw new InventoryImportException(errors);
    }
    for (InventoryCsv.Line line : lines) {
      Space space = spaces.get(nameKey(line.spaceName()));
      Asset asset = new Asset(space, null, null);
      Inventory.apply(asset, line.details(), space);
      em.persist(asset);
    }
    audit.record(
        "Inventory",
        centre.getId(),
        "IMPORT",
        centre.getId(),
        Changes.of().field("file", null, shortName(fileName)).field("assets", null, lines.size()));
    return lines.size();
  }

  private static String shortName(String fileName) {
    return fileName == null || fileName.length() <= 120 ? fileName : fileName.substring(0, 120);
  }

  private static String nameKey(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
