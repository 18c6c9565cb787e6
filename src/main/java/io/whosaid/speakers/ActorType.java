package io.whosaid.speakers;

/** The contract's actor types. */
public enum ActorType {
    PERSON, ORG, GPE, OTHER
}
