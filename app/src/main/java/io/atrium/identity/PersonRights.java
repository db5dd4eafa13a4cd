package io.atrium.identity;

/**
 * What one kind of signed-in person may do, answered by the capability that owns such people (staff
 * members, client members) inside the transaction of {@link CallerRights}.
 */
public interface PersonRights {

  AtriumPrincipal.Kind kind();

  /** The person's rights; {@link CallerRights.Rights#NONE} when they are unknown or not active. */
  CallerRights.Rights of(long personId);
}
