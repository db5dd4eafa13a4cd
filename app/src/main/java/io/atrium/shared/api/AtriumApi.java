package io.atrium.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API used by the client space's mobile app and integrations. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Atrium API",
            version = "0.1",
            description =
                "Coworking and flex-space operations. Errors are RFC 9457 problem details."))
public class AtriumApi extends Application {}
