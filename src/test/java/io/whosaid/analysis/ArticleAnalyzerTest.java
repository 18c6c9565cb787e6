package io.whosaid.analysis;

import io.whosaid.lexicon.Lexicons;
import io.whosaid.statements.CueLexicon;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language stages on small articles written for these tests. */
class ArticleAnalyzerTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(Lexicons.bundled(), CueLexicon.load(null));
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12); // a Wednesday

    private static List<AnalyzedStatement> statements(String text) {
        return ANALYZER.analyze("a1", text, PUBLISHED).statements();
    }

    private static AnalyzedStatement only(String text) {
        List<AnalyzedStatement> s = statements(text);
        assertEquals(1, s.size(), () -> "expected one statement, got " + s);
        return s.get(0);
    }

    @Test
    void aParagraphSetOffByAColonIsWhatWasSaid() {
        List<AnalyzedStatement> s = statements("Harbour dispute.\n\nThe harbour master added:\n\n"
                + "The channel is safe. The pilots know the river better than anyone.\n\nThe vote is on Tuesday.");
        assertEquals(1, s.size(), s::toString);
        assertEquals("The channel is safe. The pilots know the river better than anyone.", s.get(0).content());
        assertEquals("added", s.get(0).cue());
        // a title with a colon before an unrelated paragraph is no cue
        assertTrue(statements("Harbour dispute.\n\nWhat we know:\n\nThe channel closed on Monday after a storm.").isEmpty());
    }

    @Test
    void anAcronymTheRecogniserTagsAsAnOrganisationIsNoPerson() {
        // the rules alone take an unknown capitalised word for a person's name; the entity recogniser knows better
        AnalyzedStatement organisation = only("The NAACP called for calm. The NAACP said the videos must be released.");
        assertEquals("NAACP", organisation.actorName());
        assertEquals("ORG", organisation.actorType());
        // a word of a person's name stays the person
        List<AnalyzedStatement> person = statements("Nick Merrill joined the campaign in May.\n\nMerrill said the polls were wrong.");
        assertEquals("PERSON", person.get(0).actorType(), person::toString);
        assertEquals("Nick Merrill", person.get(0).actorName());
    }

    @Test
    void anHonorificWithoutAFullStopIsARoleNotPartOfTheName() {
        // British style: "Mr Haldane", as "Mr. Haldane" elsewhere; both are the actor "Haldane"
        AnalyzedStatement british = only("Mr Haldane said the harbour would reopen in spring.");
        assertEquals("Haldane", british.actorName());
        assertEquals("Mr", british.actorRole());
        AnalyzedStatement american = only("Mr. Haldane said the harbour would reopen in spring.");
        assertEquals(american.actorId(), british.actorId());
        assertEquals("Okafor", only("Dr Okafor said the clinic had run out of vaccine.").actorName());
    }

    @Test
    void directQuoteWithCueAfterAndRoleBeforeTheName() {
        AnalyzedStatement s = only("\"We will rebuild every bridge,\" Dutch Prime Minister Anna de Vries told reporters on March 10.");
        assertEquals("direct", s.kind());
        assertEquals("We will rebuild every bridge", s.content());
        assertEquals("Dutch Prime Minister Anna de Vries", s.speakerText());
        assertEquals("Anna de Vries", s.actorName());
        assertEquals("Dutch Prime Minister", s.actorRole());
        assertEquals("PERSON", s.actorType());
        assertEquals("told reporters", s.cue());
        assertEquals(LocalDate.of(2025, 3, 10), s.statementDate());
        assertEquals("day", s.datePrecision());
        assertEquals("text", s.dateSource());
    }

    @Test
    void invertedCueAndContinuationParagraphGoToTheSameSpeaker() {
        List<AnalyzedStatement> s = statements("\"The port will open again soon,\" said Marta Kowalski.\n\n"
                + "\"Ships are already waiting outside the harbour.\"");
        assertEquals(2, s.size());
        assertEquals("person:marta-kowalski", s.get(0).actorId());
        assertEquals("person:marta-kowalski", s.get(1).actorId());
        assertNull(s.get(1).speakerText());
    }

    @Test
    void quoteWithoutAnySpeakerStaysUnattributed() {
        List<AnalyzedStatement> s = statements("Prices rose again in February.\n\n\"Nobody can afford bread any more, and nobody in the capital is listening.\"");
        assertEquals(1, s.size());
        assertEquals("direct", s.get(0).kind());
        assertNull(s.get(0).actorId());
    }

    @Test
    void cueBetweenTwoPartsOfOneQuote() {
        String text = "\"The first convoy has arrived,\" the mayor said, \"and a second one is on its way.\"";
        AnalyzedStatement s = only(text);
        assertEquals("direct", s.kind());
        assertEquals("The first convoy has arrived \u2026 and a second one is on its way.", s.content());
        assertEquals(2, s.fragments().size());
        assertEquals("and a second one is on its way.", text.substring(s.fragments().get(1)[0], s.fragments().get(1)[1]));
        assertEquals(s.fragments().get(0)[0], s.begin());
        assertEquals(s.fragments().get(1)[1], s.end());
    }

    @Test
    void reportedSpeechAfterThatEndsWithItsClause() {
        AnalyzedStatement s = only("Finance Minister Lars Holm said on Monday that the budget would be balanced by 2027.");
        assertEquals("indirect", s.kind());
        assertEquals("the budget would be balanced by 2027", s.content());
        assertEquals("Lars Holm", s.actorName());
        assertEquals(LocalDate.of(2025, 3, 10), s.statementDate()); // the Monday before publication
    }

    @Test
    void contentBeforeTheCueWithAnOrganisationAsSpeaker() {
        AnalyzedStatement s = only("Three ferries were cancelled because of the storm, Norway's Coastal Administration said.");
        assertEquals("Three ferries were cancelled because of the storm", s.content());
        assertEquals("ORG", s.actorType());
        assertEquals("indirect", s.kind());
    }

    @Test
    void groupsAndAnonymousSourcesAreSpeakersOfTheirOwn() {
        AnalyzedStatement officials = only("European officials have repeatedly said that the sanctions will stay in place.");
        assertEquals("OTHER", officials.actorType());
        assertEquals("European officials", officials.speakerText());
        AnalyzedStatement anonymous = only("\"They are running out of time,\" one senior diplomat told the newspaper.");
        assertEquals("one senior diplomat", anonymous.speakerText());
        assertEquals("OTHER", anonymous.actorType());
    }

    @Test
    void mixedStatementWithAQuotedFragment() {
        AnalyzedStatement s = only("Senator Ruth Adler called the plan \"a reckless gamble\" with public money.");
        assertEquals("mixed", s.kind());
        assertTrue(s.content().contains("\"a reckless gamble\""));
        assertEquals("Ruth Adler", s.actorName());
    }

    @Test
    void appositiveRoleAfterTheName() {
        AnalyzedStatement s = only("Omar Haddad, chair of the city's transport committee, warned that fares would double.");
        assertEquals("Omar Haddad", s.actorName());
        assertEquals("chair of the city's transport committee", s.actorRole());
        assertEquals("that fares would double", s.content()); // the complementiser opens the reported clause
    }

    @Test
    void pronounAndSurnameResolveToTheFullName() {
        List<AnalyzedStatement> s = statements("Health Minister Petra Lindqvist visited the hospital on Tuesday.\n\n"
                + "Lindqvist said the new wing would open in April. She added that staff would be hired locally.");
        assertEquals(2, s.size());
        assertEquals("person:petra-lindqvist", s.get(0).actorId());
        assertEquals("person:petra-lindqvist", s.get(1).actorId());
        assertEquals("She", s.get(1).speakerText());
    }

    @Test
    void dateInsideTheQuoteBelongsToTheContentNotTheStatement() {
        AnalyzedStatement s = only("\"The talks will start on March 20,\" the ministry said.");
        assertEquals(PUBLISHED, s.statementDate());
        assertEquals("published", s.dateSource());
    }

    @Test
    void aDateInAnAsideAboutTheSpeakerDoesNotDateTheStatement() {
        AnalyzedStatement relative = only("Haldane, who took office in 2021, said the harbour would reopen in spring.");
        assertEquals(PUBLISHED, relative.statementDate());
        assertEquals("published", relative.dateSource());
        assertEquals(PUBLISHED, only("The minister, appointed in January, said the plan would go ahead.").statementDate());
        // the aside's own date yields to the saying's, and an aside about the saying dates it
        assertEquals(LocalDate.of(2025, 3, 11),
                only("Haldane, who was elected on Sunday, said on Tuesday that the harbour would reopen.").statementDate());
        assertEquals(LocalDate.of(2025, 3, 11), only("Haldane, speaking on Tuesday, said the harbour would reopen.").statementDate());
    }

    @Test
    void monthPrecisionForSaidInAMonth() {
        AnalyzedStatement s = only("The governor said in February that the road would be finished this year.");
        assertEquals(LocalDate.of(2025, 2, 1), s.statementDate());
        assertEquals("month", s.datePrecision());
    }

    @Test
    void accordingToGivesTheSpeakerAfterTheCue() {
        AnalyzedStatement s = only("The factory will close next year, according to the Ministry of Industry.");
        assertEquals("The factory will close next year", s.content());
        assertEquals("Ministry of Industry", s.speakerText());
    }

    @Test
    void scareQuotesAndNounUsesOfCuesAreNotStatements() {
        assertTrue(statements("After a \"difficult week\" in the capital, the delegation flew home.").isEmpty());
        assertTrue(statements("The minister's comments followed a long debate.").isEmpty());
    }

    @Test
    void offsetsAreCodePointsIntoTheText() {
        String text = "\uD83D\uDCE2 \"Help is coming,\" said Ana Costa.";
        AnalyzedStatement s = only(text);
        int[] cps = text.codePoints().toArray();
        assertEquals("Help is coming", new String(cps, s.begin(), s.end() - s.begin()));
        assertNotNull(s.speakerBegin());
        assertEquals("Ana Costa", new String(cps, s.speakerBegin(), s.speakerEnd() - s.speakerBegin()));
    }

    @Test
    void aLowerCaseDescriptorAfterTheQuoteIsTheRoleNotTheName() {
        AnalyzedStatement s = only("\"The pier is not safe,\" harbour master Ines Corbett told reporters.");
        assertEquals("person:ines-corbett", s.actorId());
        assertEquals("harbour master", s.actorRole());
    }

    @Test
    void anOrganisationNamedAfterAPlaceIsNotAPerson() {
        AnalyzedStatement s = only("LONDON (Reuters) - The Bank of England said on Tuesday that rates would stay at 5 percent.");
        assertEquals("org:bank-of-england", s.actorId());
        assertEquals("ORG", s.actorType());
        assertNull(s.actorRole());
    }
}
