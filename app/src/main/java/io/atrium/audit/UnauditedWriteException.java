package io.atrium.audit;

import java.util.Set;

/** A transaction changed business rows without appending an audit entry (see AuditCoverage). */
public class UnauditedWriteException extends IllegalStateException {

  private final String command;
  private final Set<String> tables;

  public UnauditedWriteException(String command, Set<String> tables) {
    super(command + " wrote " + tables + " without an audit entry: call AuditTrail.record");
    this.command = command;
    this.tables = Set.copyOf(tables);
  }

  public String getCommand() {
    return command;
  }

  public Set<String> getTables() {
    return tables;
  }
}
