package io.atrium.signin;

import jakarta.security.enterprise.credential.Credential;

/** What the sign-in form sends: workspace, e-mail and password. */
public record WorkspaceCredential(String workspace, String email, String password)
    implements Credential {}
