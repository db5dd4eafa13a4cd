package io.atrium.community.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to publish an event.
 *
 * @param broadcast whether to e-mail the invitation to every active member of the centre
 */
public record PublishRequest(
    @Schema(description = "e-mail the invitation to every active member of the centre")
        Boolean broadcast) {}
