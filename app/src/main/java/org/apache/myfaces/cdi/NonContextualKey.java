package org.apache.myfaces.cdi;

import java.io.Serializable;
import java.util.Objects;

/**
 * The serialized shape of MyFaces' key for a value put straight into a view's map (OmniFaces'
 * {@code <o:socket>}, in the shell of every page, keeps its channels there), so that a session
 * replicated to another server can be read back there. Liberty's Faces feature lets applications
 * load {@code org.apache.myfaces.cdi.view} and {@code .model} when a session is deserialized, but
 * not this package: without this class every request of a clustered server failed to read the
 * session's view scope (a {@code ClassNotFoundException} logged each time) and lost every
 * {@code @ViewScoped} bean. MyFaces makes its own instances; this class only receives the ones read
 * back from the session cache, so its fields and serial version are those of MyFaces 4.0's ({@code
 * serialver} on Liberty's {@code io.openliberty.org.apache.myfaces.4.0} bundle).
 */
public class NonContextualKey implements Serializable {

  private static final long serialVersionUID = -6157903352309429407L;

  private String name;

  public NonContextualKey() {}

  public NonContextualKey(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other != null
            && getClass() == other.getClass()
            && Objects.equals(name, ((NonContextualKey) other).name);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(name);
  }
}
