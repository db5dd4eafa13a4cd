package io.atrium.tenancy;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Every row a tenant owns. EclipseLink adds {@code tenant_id = ?} to every statement, from the
 * persistence-context property {@link Tenancy#PROPERTY} that {@link TenantBinding} sets once per
 * transaction, and refuses to run at all when none is set. Ids come from one global sequence, so an
 * id names one row across all tenants. Serializable, as view-scoped pages hold entities and Faces
 * keeps a selected entity (a centre in a select) in the view's state.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = Tenancy.PROPERTY,
    discriminatorType = DiscriminatorType.INTEGER)
public abstract class TenantEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_id")
  @SequenceGenerator(name = "atrium_id", sequenceName = "atrium_id_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /**
   * For rows a module writes set-based rather than through the persistence context (a billing run's
   * invoices): the id it took from {@code atrium_id_seq} and the version the row starts at.
   */
  protected void written(long id, long version) {
    this.id = id;
    this.version = version;
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && id != null
        && id.equals(((TenantEntity) other).id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
