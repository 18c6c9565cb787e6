package io.whosaid.actors;

import io.whosaid.speakers.ActorType;

/** A speaker resolved to an actor within one article. */
public record ResolvedActor(String id, String name, ActorType type, String role) {
    public ResolvedActor {
        if (id == null || id.isBlank() || name == null || type == null) {
            throw new IllegalArgumentException("an actor needs an id, a name and a type");
        }
    }
}
