package io.atrium.reception;

import io.atrium.identity.AtriumPrincipal;

/** Who registered a visitor: a staff member or a member. */
record Inviter(AtriumPrincipal.Kind kind, long id, String name) {}
