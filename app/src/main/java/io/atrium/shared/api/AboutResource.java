package io.atrium.shared.api;

import io.atrium.shared.i18n.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a client app checks before anything else: which API it talks to and in which languages. */
@Path("/about")
@PermitAll
@ApplicationScoped
@Tag(name = "About")
public class AboutResource {

  /** The API version a client must speak; raised only on incompatible changes. */
  static final int API_VERSION = 1;

  /**
   * @param product the product name
   * @param apiVersion the API version served
   * @param languages the languages texts and e-mails are available in
   */
  public record About(String product, int apiVersion, List<String> languages) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Extension(name = ApiDocumentFilter.OPEN, value = "true")
  @Operation(summary = "API version and supported languages; needs no authentication")
  public About about() {
    return new About(
        "Atrium", API_VERSION, Texts.LANGUAGES.stream().map(Locale::getLanguage).toList());
  }
}
