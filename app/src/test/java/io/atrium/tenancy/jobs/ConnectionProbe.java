package io.atrium.tenancy.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** In test deployments only: which PostgreSQL backend serves the current transaction. */
@ApplicationScoped
public class ConnectionProbe {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The backend's process id, which {@code pg_terminate_backend} takes to kill its connection. */
  @Transactional(TxType.MANDATORY)
  public long backendPid() {
    return ((Number) em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).longValue();
  }
}
