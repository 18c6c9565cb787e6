package io.whosaid.actors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActorRolesTest {
    @Test
    void aTitleOrShortDescriptionStaysAsWritten() {
        assertEquals("NATO Secretary General", ActorRoles.clean("NATO Secretary General"));
        assertEquals("a spokeswoman for the Red Cross", ActorRoles.clean(" a spokeswoman for the Red Cross "));
        assertEquals("former U.S. ambassador to Russia", ActorRoles.clean("former U.S. ambassador to Russia"));
        assertNull(ActorRoles.clean(null));
        assertNull(ActorRoles.clean("  "));
    }

    @Test
    void anExampleListIsNoRole() {
        assertNull(ActorRoles.clean("such as House Speaker Mike Johnson and Congressman Michael McCaul"));
        assertNull(ActorRoles.clean("including the mayor"));
    }

    @Test
    void aLongAppositiveKeepsItsFirstPartOrNothing() {
        assertEquals("chair of the House Foreign Affairs Committee", ActorRoles.clean(
                "chair of the House Foreign Affairs Committee, who has also criticized the current U.S. policy in recent days"));
        assertNull(ActorRoles.clean("who has for many years and in several countries led the campaign against the building of the new dam"));
    }
}
