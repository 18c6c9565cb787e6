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
    void anAgeARelativeClauseOrAParticiplePhraseIsNoRole() {
        assertEquals("a nurse", ActorRoles.clean("54, a nurse who has lived in the building for 20 years"));
        assertNull(ActorRoles.clean("62, who chairs the committee"));
        assertNull(ActorRoles.clean("which oversees the port"));
        assertNull(ActorRoles.clean("published by the World Bank on Tuesday"));
        assertEquals("Senator, Democrat", ActorRoles.clean("Senator, Democrat"));
        assertNull(ActorRoles.clean("59, of Ashton, Md."));
        assertEquals("party chairman", ActorRoles.clean("party chairman, during the 1990s"));
        assertEquals("her opponent", ActorRoles.clean("her opponent, bemoaned the unrest and said he thought"));
        assertEquals("director at the centre", ActorRoles.clean("director at the centre and"));
        assertEquals("party chairman", ActorRoles.clean("party chairman, and has backed her since 2008"));
        // a participle that is part of the title stays
        assertEquals("retired general", ActorRoles.clean("retired general"));
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
