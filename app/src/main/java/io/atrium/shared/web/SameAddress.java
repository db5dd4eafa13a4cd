package io.atrium.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The outcome that shows the current page again after a postback, at the address it was opened
 * with: its view parameters as they are now, plus the parameters that OmniFaces' {@code @Param}
 * read from the address ({@code ?id=}), which Faces knows nothing of. The form must post to the
 * address it was opened at ({@code <o:form useRequestURI="true">}) for the latter to be there.
 */
public final class SameAddress {

  /** Ids and codes; anything needing escapes is left out rather than escaped twice. */
  private static final Pattern PLAIN = Pattern.compile("\\w+=[\\w.-]*");

  private SameAddress() {}

  public static String outcome(FacesContext faces) {
    String viewId = faces.getViewRoot().getViewId();
    Set<String> viewParams =
        ViewMetadata.getViewParameters(faces.getViewRoot()).stream()
            .map(p -> p.getName())
            .collect(Collectors.toSet());
    String query = ((HttpServletRequest) faces.getExternalContext().getRequest()).getQueryString();
    StringBuilder outcome = new StringBuilder(viewId).append("?faces-redirect=true");
    if (query != null) {
      for (String pair : query.split("&")) {
        String name = pair.split("=", 2)[0];
        if (PLAIN.matcher(pair).matches() && !viewParams.contains(name)) {
          outcome.append('&').append(pair);
        }
      }
    }
    return outcome.append("&includeViewParams=true").toString();
  }
}
