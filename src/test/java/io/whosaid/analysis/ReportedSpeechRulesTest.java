package io.whosaid.analysis;

import io.whosaid.lexicon.Lexicons;
import io.whosaid.statements.CueLexicon;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clause-level rules of reported speech: subjects that are whole noun phrases, appositives,
 * infinitive content, colon headlines and where a reported clause ends. Sentences written for
 * these tests, in the shapes news copy uses.
 */
class ReportedSpeechRulesTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(Lexicons.bundled(), CueLexicon.load(null));

    private static List<AnalyzedStatement> statements(String text) {
        return ANALYZER.analyze("t1", "Headline.\n\n" + text, LocalDate.of(2025, 3, 12)).statements();
    }

    private static AnalyzedStatement only(String text) {
        List<AnalyzedStatement> s = statements(text);
        assertEquals(1, s.size(), () -> "expected one statement, got " + s);
        return s.get(0);
    }

    @Test
    void aWholeNounPhraseBeforeTheCueIsTheSpeaker() {
        AnalyzedStatement s = only("Several harbour pilots said the new channel was too shallow for container ships.");
        assertEquals("Several harbour pilots", s.speakerText());
        assertEquals("the new channel was too shallow for container ships", s.content());

        AnalyzedStatement withModifier = only("Experts on river navigation and flood defence said the work could take a decade.");
        assertEquals("Experts on river navigation and flood defence", withModifier.speakerText());

        AnalyzedStatement share = only("Another 12 percent said they would not vote at all.");
        assertEquals("Another 12 percent", share.speakerText());
    }

    @Test
    void aClauseWithAVerbIsNoSpeaker() {
        List<AnalyzedStatement> s = statements("The ferry that was delayed said nothing to anyone about the storm.");
        assertTrue(s.stream().noneMatch(x -> "The ferry that was delayed".equals(x.speakerText())), () -> s.toString());
    }

    @Test
    void aRoleThenTheNameBetweenCommas() {
        AnalyzedStatement s = only("A lawyer for the fishermen, Lena Okafor, said no decision had been made about an appeal.");
        assertEquals("Lena Okafor", s.actorName());
        assertEquals("lawyer for the fishermen", s.actorRole());
        assertEquals("no decision had been made about an appeal", s.content());
    }

    @Test
    void aLeadPhraseBeforeARoleThenTheNameBetweenCommas() {
        AnalyzedStatement s = only("On Tuesday, the harbour master, Ines Corbett, said the channel was safe.");
        assertEquals("Ines Corbett", s.actorName());
        assertEquals("harbour master", s.actorRole());
        assertEquals("the channel was safe", s.content());
        AnalyzedStatement place = only("In Port Talland on Monday, her deputy, Tom Baker, said the ferries would run.");
        assertEquals("Tom Baker", place.actorName());
        assertEquals("the ferries would run", place.content());
    }

    @Test
    void aPossessiveOrBareRoleThenTheNameBetweenCommas() {
        // the person between the commas speaks, whatever the role before them parses as on its own
        AnalyzedStatement deputy = only("Her deputy, Tom Baker, said the vote was close.");
        assertEquals("Tom Baker", deputy.actorName());
        assertEquals("PERSON", deputy.actorType());
        assertEquals("Her deputy", deputy.actorRole());
        assertEquals("Her deputy, Tom Baker", deputy.speakerText(), "the speaker as written, role included");

        AnalyzedStatement minister = only("Britain's foreign secretary, Dana Whitfield, said the talks would resume in May.");
        assertEquals("Dana Whitfield", minister.actorName());
        assertEquals("Britain's foreign secretary", minister.actorRole());
        assertEquals("the talks would resume in May", minister.content());

        AnalyzedStatement afterQuote = statements("\"The vote was close,\" her deputy, Tom Baker, said.").get(0);
        assertEquals("Tom Baker", afterQuote.actorName());

        // a name first keeps its own role after it
        AnalyzedStatement nameFirst = only("Tom Baker, her deputy, said the vote was close.");
        assertEquals("Tom Baker", nameFirst.speakerText());
        assertEquals("her deputy", nameFirst.actorRole());
    }

    @Test
    void anInfinitiveInsideAReportedClauseIsNotTheContent() {
        // the clause after the listener, or after "that", is what was said, with whatever infinitive it holds
        assertEquals("the president had no plans to travel",
                only("Karine Jean-Pierre told reporters the president had no plans to travel.").content());
        assertEquals("he wanted to resign", only("The minister told reporters he wanted to resign.").content());
        assertEquals("that prices were going to rise", only("The fund warned that prices were going to rise.").content());
        assertEquals("prices were going to rise", only("The fund warned prices were going to rise.").content());
        assertEquals("whether he planned to stay", only("She asked whether he planned to stay.").content());
        assertEquals("that taxes were set to rise", only("He reminded voters that taxes were set to rise.").content());
        // an object and its infinitive: the listener is not what was said
        assertEquals("to act quickly", only("Officials urged the government to act quickly.").content());
        assertEquals("to expect losses", only("The fund warned investors to expect losses.").content());
        assertEquals("to leave", only("Officials urged those who live nearby to leave.").content());
    }

    @Test
    void aSourcesAnonymityIsNotAStatement() {
        AnalyzedStatement s = only("The minister, who declined to be named, said the deal was off.");
        assertEquals("said", s.cue());
        assertEquals("the deal was off", s.content());
        AnalyzedStatement asked = only("An official, who asked not to be identified, said the ships had turned back.");
        assertEquals("the ships had turned back", asked.content());
        // declining to comment is still something a source does on the record
        assertEquals("to comment", only("Her lawyer, Mark Stein, declined to comment.").content());
    }

    @Test
    void anExampleListAfterTheSpeakerIsNoRole() {
        List<AnalyzedStatement> s = statements("Leading lawmakers, such as Senator Ada Marsh and Congressman Tom Reyes, chair of the "
                + "harbour committee, have also criticized the policy in recent days, arguing that the ban hurt the port.");
        assertTrue(s.stream().anyMatch(x -> "Leading lawmakers".equals(x.speakerText())), s::toString);
        assertTrue(s.stream().allMatch(x -> x.actorRole() == null), s::toString);
    }

    @Test
    void aParticipleAfterTheMainClauseSharesItsSubject() {
        AnalyzedStatement company = only("The ferry company cut 300 jobs on Monday, saying demand had fallen since the storm.");
        assertEquals("saying", company.cue());
        assertEquals("ferry company", company.speakerText());
        assertEquals("demand had fallen since the storm", company.content());
        AnalyzedStatement named = only("Harbour master Ines Corbett closed the channel, arguing that the buoys had drifted.");
        assertEquals("Ines Corbett", named.actorName());
        assertEquals("that the buoys had drifted", named.content());
        // a description joined to the name by an adjective stays with the name, not "Liberal"
        AnalyzedStatement described = only("Liberal mayoral candidate Ada Marsh toured the docks, promising that the port would stay open.");
        assertEquals("Ada Marsh", described.actorName());
        // a lead phrase is no subject: the clause after it is; and the object of the main clause is no speaker
        AnalyzedStatement afterLead = only("In a statement on Monday, the ferry company cut 300 jobs, saying demand had fallen.");
        assertEquals("ferry company", afterLead.speakerText());
        AnalyzedStatement object = only("Corbett hired Lena Okafor, saying the port needed a lawyer.");
        assertEquals("Corbett", object.actorName());
    }

    @Test
    void anUnnamedSpokespersonSpeaksForWhomTheyRepresent() {
        AnalyzedStatement ministry = only("A spokesperson for the Department of Health said the hospitals were full.");
        assertEquals("Department of Health", ministry.actorName());
        assertEquals("ORG", ministry.actorType());
        assertEquals("spokesperson", ministry.actorRole());
        assertEquals("spokesperson for the Department of Health", ministry.speakerText()); // as written
        AnalyzedStatement before = only("A Harbour Authority spokesman said the channel would reopen.");
        assertEquals("Harbour Authority", before.actorName());
        assertEquals("spokesman", before.actorRole());
        // a named spokesperson is the person, and a spokesman for a group is no organisation
        assertEquals("Lena Okafor", only("Harbour Authority spokeswoman Lena Okafor said the channel would reopen.").actorName());
        AnalyzedStatement group = only("A spokesman for the fishermen said they would appeal.");
        assertTrue(group.actorName().contains("spokesman"), group::toString);
    }

    @Test
    void aDocumentSpeaksForWhoIssuedIt() {
        AnalyzedStatement data = only("Inflation rose to 3 percent, according to figures from the Office for National Statistics.");
        assertEquals("Office for National Statistics", data.actorName());
        assertEquals("ORG", data.actorType());
        assertEquals("figures from the Office for National Statistics", data.speakerText());
        assertEquals("Harbour Authority", only("A report by the Harbour Authority said the channel was too shallow.").actorName());
        assertEquals("IMF", only("An IMF report said growth would slow.").actorName());
        // a document whose issuer is not named, or only maybe named, stays the document
        assertEquals("report", only("The report said growth would slow.").actorName());
        assertEquals("Mueller report", only("The Mueller report said the contacts were numerous.").actorName());
    }

    @Test
    void anAttributionAtTheEndIsNoContentOfAnEarlierCue() {
        // "continuing" is a cue ("Limbaugh continued: ..."), but here "he said" attributes what came before
        AnalyzedStatement s = only("Those talks are continuing, he said.");
        assertEquals("said", s.cue());
        assertEquals("Those talks are continuing", s.content());
        // a nested saying with its own content stays inside the content
        assertEquals("she thinks the port is safe", only("Okafor said she thinks the port is safe.").content());
    }

    @Test
    void aSecondPredicateAfterAQuotedPhraseSharesTheSubject() {
        List<AnalyzedStatement> s = statements("Okafor thanked members for their \"patience\" and said the strike would go on.");
        assertEquals(1, s.size(), s::toString);
        assertEquals("Okafor", s.get(0).actorName());
        assertEquals("the strike would go on", s.get(0).content());
    }

    @Test
    void aSecondPredicateOfAnyCueSharesTheSubject() {
        AnalyzedStatement vow = only("The minister also outlined her plan and vowed to dredge the channel by June.");
        assertEquals("minister", vow.speakerText());
        assertEquals("to dredge the channel by June", vow.content());
        List<AnalyzedStatement> both = statements("Okafor has attacked the fees, and has called for scrapping the levy on pilots.");
        assertTrue(both.stream().anyMatch(x -> "scrapping the levy on pilots".equals(x.content()) && "Okafor".equals(x.actorName())),
                both::toString);
    }

    @Test
    void anOrganisationNamedByItsHeadAndWhatItIsFor() {
        AnalyzedStatement committee = only("The Committee for a Safe Harbour said the plan would add to the debt.");
        assertEquals("Committee for a Safe Harbour", committee.actorName());
        assertEquals("ORG", committee.actorType());
        AnalyzedStatement commission = only("The independent Commission on Port Safety said the channel would reopen.");
        assertEquals("Commission on Port Safety", commission.actorName());
        assertEquals("ORG", commission.actorType());
        AnalyzedStatement member = only("A member of the Board of Pilots said the buoys had drifted.");
        assertEquals("Board of Pilots", member.actorName());
        assertEquals("member", member.actorRole());
        // a title of the same shape before a person's name stays the person's role
        assertEquals("Ada Marsh", only("Secretary of State Ada Marsh said the talks would resume.").actorName());
    }

    @Test
    void anAdverbOfMannerBetweenSpeakerAndCue() {
        AnalyzedStatement s = only("Corbett flatly dismissed the report as fiction.");
        assertEquals("Corbett", s.actorName());
        AnalyzedStatement generally = only("The experts generally praised the new buoys.");
        assertEquals("experts", generally.speakerText());
        // an adverb ends a verb phrase: the speaker after it is the group alone
        AnalyzedStatement analysts = only("Prices rose sharply and analysts warned that fares would follow.");
        assertEquals("analysts", analysts.speakerText());
        assertEquals("family", only("The family said the boy was safe.").speakerText());
    }

    @Test
    void aNameWithItsPartyInParenthesesThenAnAppositive() {
        AnalyzedStatement s = only("Rep. Ada Marsh (D-Maine), chair of the harbour caucus, said the port needed dredging.");
        assertEquals("Ada Marsh", s.actorName());
        assertEquals("the port needed dredging", s.content());
    }

    @Test
    void aRoleParticipleBeforeTheNameAndAClausePredicateThatLooksLikeAMedium() {
        AnalyzedStatement retired = only("\"The channel is safe,\" retired Navy general Ines Corbett said.");
        assertEquals("Ines Corbett", retired.actorName());
        assertEquals("retired Navy general", retired.actorRole());
        // "in possession of the video" is what the clause says, not where it was said ("said in a video")
        assertEquals("officials are in possession of the video",
                only("Corbett said officials are in possession of the video.").content());
        assertEquals("the port would reopen", only("Corbett said the port would reopen in an interview with the BBC.").content());
    }

    @Test
    void aPeriodBetweenSpeakerAndCue() {
        AnalyzedStatement month = only("Harbour Safety and Pilotage Services this month announced it would add inspectors.");
        assertEquals("Harbour Safety and Pilotage Services", month.speakerText());
        assertEquals("it would add inspectors", month.content());
        assertEquals("Okafor", only("Okafor last week said the ruling would be appealed.").actorName());
    }

    @Test
    void aQuoteAfterTheCueAndALeadPhraseIsTheSpeakersQuote() {
        AnalyzedStatement day = only("Okafor said on Monday, \u201cThe channel is safe again.\u201d");
        assertEquals("Okafor", day.actorName());
        assertEquals("direct", day.kind());
        assertEquals("The channel is safe again.", day.content());
        AnalyzedStatement aside = only("Corbett said on the other hand, \u201cthe pilots know the river better than anyone.\u201d");
        assertEquals("Corbett", aside.actorName());
        assertEquals("the pilots know the river better than anyone.", aside.content());
    }

    @Test
    void anAgeBetweenCommasIsNoRole() {
        AnalyzedStatement s = only("Haldane, 81, said he was the best candidate.");
        assertEquals("Haldane", s.actorName());
        assertEquals(null, s.actorRole());
        assertEquals("he was the best candidate", s.content());
    }

    @Test
    void anOrganisationWithALongAppositive() {
        AnalyzedStatement s = only("Harbour Safety and Pilotage Services, the agency that oversees the port, said it was adding inspectors.");
        assertEquals("Harbour Safety and Pilotage Services", s.speakerText());
        assertEquals("it was adding inspectors", s.content());
    }

    @Test
    void aTimePhraseBetweenCueAndClauseWithoutThat() {
        AnalyzedStatement s = only("Okafor said after the hearing she would not accept the ruling.");
        assertEquals("she would not accept the ruling", s.content());
        AnalyzedStatement day = only("Okafor on Tuesday said she wants an independent survey of the channel.");
        assertEquals("Okafor", day.speakerText());
    }

    @Test
    void contentBeforeTheCueEndsWhereANewClauseBegins() {
        AnalyzedStatement s = only("It would take three weeks to convene the board, he said, and a long fight could follow.");
        assertEquals("It would take three weeks to convene the board", s.content());
        AnalyzedStatement dateline = only("PORTSMOUTH \u2015 The channel will close for a month, harbour officials said Friday, as dredgers arrive.");
        assertEquals("The channel will close for a month", dateline.content());
    }

    @Test
    void aSplitQuoteAcrossALongAppositiveStaysOneStatement() {
        AnalyzedStatement s = only("\"The channel is silting up,\" said Ruth M. Adebayo, a hydrologist at the university who has "
                + "studied the estuary for two decades. \"It will close within five years.\"");
        assertEquals("Ruth M. Adebayo", s.actorName());
        assertTrue(s.content().startsWith("The channel is silting up"), s.content());
        assertTrue(s.content().endsWith("It will close within five years."), s.content());
    }

    @Test
    void aQuotedQuestionThenTheCueInTheNextSentence() {
        AnalyzedStatement s = only("\u201cHow many more ships must run aground?\u201d Okafor asked. \u201cWe warned them a year ago.\u201d");
        assertEquals("Okafor", s.speakerText());
        assertTrue(s.content().startsWith("How many more ships must run aground?"), s.content());
        assertTrue(s.content().endsWith("We warned them a year ago."), s.content());
    }

    @Test
    void intentionsAreTheInfinitiveClause() {
        AnalyzedStatement s = only("The port authority agreed to dredge the channel this winter, starting with the outer bar.");
        assertEquals("to dredge the channel this winter", s.content());
        assertEquals("agreed", s.cue());
        AnalyzedStatement wants = only("Okafor wants to close the old quay to lorries.");
        assertEquals("to close the old quay to lorries", wants.content());
        assertTrue(statements("The agreement to dredge was signed.").isEmpty());
    }

    @Test
    void theListenerOfAnUrgeIsNotTheContent() {
        AnalyzedStatement s = only("Okafor urged fishermen to report every grounding to the coastguard.");
        assertEquals("to report every grounding to the coastguard", s.content());
    }

    @Test
    void headlineAndTranscriptColons() {
        AnalyzedStatement headline = only("Okafor: Channel Will Close Within Five Years");
        assertEquals("Okafor", headline.speakerText());
        assertEquals("Channel Will Close Within Five Years", headline.content());

        assertTrue(statements("Note: this story was updated to correct a name.").isEmpty());

        AnalyzedStatement turn = only("\"ADEBAYO: The estuary moves every winter. Nobody can stop it.");
        assertEquals("ADEBAYO", turn.speakerText());
        assertEquals("The estuary moves every winter. Nobody can stop it", turn.content());
    }

    @Test
    void nounUsesOfCuesAreNoStatements() {
        assertTrue(statements("Her support for the plan is strong among the pilots.").isEmpty());
        assertTrue(statements("The plans were approved by the council last year.").isEmpty());
    }

    @Test
    void anAbbreviationInParenthesesDoesNotEndTheSentence() {
        AnalyzedStatement s = only("Rep. Dana Ortiz (R-S.C.) said the port needed a second berth.");
        assertEquals("Dana Ortiz", s.actorName());
        assertEquals("the port needed a second berth", s.content());
    }

    @Test
    void anObjectEndsBeforeWhereItWasSaidAndBeforeASecondPredicate() {
        AnalyzedStatement medium = only("The union called for more school investment in a statement on Friday.");
        assertEquals("more school investment", medium.content());
        AnalyzedStatement tweets = only("Okafor criticized the harbour plan in early-morning tweets.");
        assertEquals("the harbour plan", tweets.content());
        List<AnalyzedStatement> second = statements("The senator attacked subsidies that benefit oil companies, and has called for an end to them.");
        assertEquals(2, second.size(), second::toString);
        assertEquals("subsidies that benefit oil companies", second.get(0).content());
        assertEquals("an end to them", second.get(1).content()); // the second predicate is a statement of its own
        AnalyzedStatement but = only("The governor praised the dredging work but also had to delay the payments.");
        assertEquals("the dredging work", but.content());
    }

    @Test
    void aQuoteResumesAfterTheCueAndItsAdjunct() {
        AnalyzedStatement rally = only("\"I think the board will be fair,\" Okafor said during a rally in Dover, Del., "
                + "\"but a lot of pilots are watching.\"");
        assertTrue(rally.content().endsWith("but a lot of pilots are watching."), rally.content());
        AnalyzedStatement mixed = only("The captain \"got a warning,\" Okafor said, and still \"kept sailing into the shallows.\"");
        assertTrue(mixed.content().startsWith("The captain"), mixed.content());
        assertTrue(mixed.content().endsWith("kept sailing into the shallows."), mixed.content());
    }

    @Test
    void aTitleCaseHeadlineCapitalisesItsVerb() {
        List<AnalyzedStatement> s = ANALYZER.analyze("t1", "The Channel Could Be Saved, Former Harbour Pilot Warns.\n\n"
                + "Okafor Says Harbour Channel Will Close Within Five Years\n\nThe pilots met on Friday.", LocalDate.of(2025, 3, 12))
                .statements();
        assertEquals(2, s.size(), () -> s.toString());
        assertEquals("The Channel Could Be Saved", s.get(0).content());
        assertEquals("Okafor", s.get(1).speakerText());
        assertEquals("Harbour Channel Will Close Within Five Years", s.get(1).content());
        // a verb of naming too: "Calls X 'a Disgrace'"
        List<AnalyzedStatement> naming = ANALYZER.analyze("t2", "Okafor Calls Harbour Plan \u2018A Disgrace\u2019\n\nThe pilots met on Friday.",
                LocalDate.of(2025, 3, 12)).statements();
        assertEquals(1, naming.size(), naming::toString);
        assertEquals("Okafor", naming.get(0).speakerText());
        assertEquals("Calls", naming.get(0).cue());
    }

    @Test
    void aPrepositionalLeadBeforeAQuoteIsPartOfTheContentUnlessTheQuoteIsATitle() {
        AnalyzedStatement mixed = only("With thousands of ships in the channel, \"there is no single point of failure,\" he said.");
        assertTrue(mixed.content().startsWith("With thousands of ships"), mixed.content());
        AnalyzedStatement show = only("In an interview on CBS's \"Face the Nation,\" Okafor said the channel was closing.");
        assertEquals("the channel was closing", show.content());
    }

    @Test
    void theComplementiserOpensTheReportedClause() {
        AnalyzedStatement s = only("Okafor said that the channel would close within five years.");
        assertEquals("that the channel would close within five years", s.content());
    }

    @Test
    void aNounOfSayingWithAPossessiveSource() {
        AnalyzedStatement named = only("Inspectors checked Okafor's claim that there were \"thousands of groundings\" in the channel.");
        assertEquals("claim", named.cue());
        assertTrue(named.speakerText().contains("Okafor"), named.speakerText());
        assertEquals("that there were \"thousands of groundings\" in the channel", named.content());
        AnalyzedStatement pronoun = only("Contrary to his claim that pilots would learn nothing, the records were detailed.");
        assertEquals("his", pronoun.speakerText());
        assertEquals("that pilots would learn nothing", pronoun.content());
        assertTrue(statements("Her claim that was rejected by the court concerned the quay.").isEmpty());
    }

    @Test
    void relativeAndInfinitiveSubjects() {
        AnalyzedStatement who = only("Okafor hired an architect who said he was never paid for the design.");
        assertEquals("architect", who.speakerText());
        AnalyzedStatement year = only("Lawmakers criticized McConnell, who in 2010 said the party's main goal was to stop the plan.");
        assertEquals("McConnell", year.speakerText());
        AnalyzedStatement appeared = only("Okafor appeared to suggest that the pilots were to blame for the groundings.");
        assertEquals("Okafor", appeared.speakerText());
        assertEquals("suggest", appeared.cue());
        AnalyzedStatement wentOn = only("Okafor went on to say that the channel would close within five years.");
        assertEquals("Okafor", wentOn.speakerText());
    }

    @Test
    void aCueInsideWhatWasSaidIsNoStatementOfItsOwn() {
        AnalyzedStatement s = only("Okafor said that critics believe the channel is too shallow for larger ships.");
        assertEquals("Okafor", s.speakerText());
        assertEquals("that critics believe the channel is too shallow for larger ships", s.content());
    }

    @Test
    void phrasalVerbsQuantifiedNounsAndTitlesAreNoStatements() {
        assertTrue(statements("The real Okafor showed up at the hearing on Friday.").isEmpty());
        assertTrue(statements("She called into a radio show when she was home sick.").isEmpty());
        assertTrue(statements("The plan won more support from pilots in the south.").isEmpty());
        assertTrue(statements("She read \"The Seven Shoals Of Dover\" twice.").isEmpty());
        AnalyzedStatement s = only("Okafor showed that the channel was silting up.");
        assertEquals("that the channel was silting up", s.content());
    }

    @Test
    void anAttitudeBelongsToTheCueAndAQuotedClauseEndsBeforeBut() {
        AnalyzedStatement concern = only("Pilots have expressed deep concern about the dredging plan.");
        assertEquals("the dredging plan", concern.content());
        assertEquals("expressed deep concern about", concern.cue());
        List<AnalyzedStatement> s = statements("Okafor said the survey gave no \"definitive evidence of silting,\" "
                + "but he said the channel was shallower.");
        assertEquals(2, s.size(), () -> s.toString());
        assertEquals("the survey gave no \"definitive evidence of silting,\"", s.get(0).content());
    }

    @Test
    void aSecondPredicateOfTheReportedClauseStaysInIt() {
        AnalyzedStatement s = only("Harbour officials say the captain ignored the pilot and refused to turn the ship around.");
        assertEquals("the captain ignored the pilot and refused to turn the ship around", s.content());
    }

    @Test
    void aReportNamedByItsPublisher() {
        AnalyzedStatement s = only("Shares fell after a Harbour Gazette report that the channel would close next year.");
        assertEquals("Harbour Gazette", s.speakerText());
        assertEquals("that the channel would close next year", s.content());
        assertTrue(statements("A Harbour Gazette report that appeared on Friday was wrong.").isEmpty());
    }

    @Test
    void oneStatementForOneSpanOfWordsWithAUniqueId() {
        // "informed" can be read as a cue ("he informed them") and "said" is one: the same words once, by the fuller speaker
        AnalyzedStatement s = only("The ferry line sold its stake just before the tariff rise, informed sources said.");
        assertEquals("informed sources", s.speakerText());
        assertEquals("The ferry line sold its stake just before the tariff rise", s.content());

        // two cues around one content ("..., the board said, adding, ..."): two readings of the same span are one statement
        List<AnalyzedStatement> both = statements("Mr. Okafor will stay on the harbour board, the authority said, adding, "
                + "the post of chair will not be filled soon.");
        assertEquals(both.size(), both.stream().map(AnalyzedStatement::statementId).distinct().count(),
                () -> "statement ids repeat: " + both);
        assertEquals(both.size(), both.stream().map(x -> x.begin() + "-" + x.end()).distinct().count(),
                () -> "one statement per span: " + both);
    }

    @Test
    void aNamedPersonOfAnOrganisationOrPlaceIsThatPerson() {
        AnalyzedStatement trust = only("Tom Okafor of the Harbour Trust said the fees would rise.");
        assertEquals("Tom Okafor", trust.actorName());
        assertEquals("PERSON", trust.actorType());
        assertEquals("Harbour Trust", trust.actorRole());
        assertEquals("Tom Okafor of the Harbour Trust", trust.speakerText());
        AnalyzedStatement senator = only("Sen. Ada Marsh of Vermont said the fees would rise.");
        assertEquals("Ada Marsh", senator.actorName());
        assertEquals("Sen., Vermont", senator.actorRole());
        AnalyzedStatement inverted = only("\u201cThe fees will rise,\u201d said Sen. Ada Marsh of Vermont.");
        assertEquals("Ada Marsh", inverted.actorName());
    }

    @Test
    void someoneRelatedToANamedPersonIsNotThatPerson() {
        AnalyzedStatement lawyer = only("A lawyer for Mr. Okafor said the fine would be appealed.");
        assertEquals("lawyer for Mr. Okafor", lawyer.speakerText());
        assertEquals("lawyer for Mr. Okafor", lawyer.actorName());
        assertEquals("OTHER", lawyer.actorType());
        assertEquals("mother of Lena Okafor", only("The mother of Lena Okafor said the fine would be appealed.").actorName());
        assertEquals("Supporters of Ms. Marsh", only("Supporters of Ms. Marsh said the fine would be appealed.").actorName());
        // the preposition stops the name on the left: the whole subject is the speaker, not the name after "to"
        assertEquals("adviser to Ines Corbett", only("An adviser to Ines Corbett said the fine would be appealed.").actorName());
        assertEquals("Pilots and captains in Talland", only("Pilots and captains in Talland say the fine is too high.").actorName());
    }

    @Test
    void officialsOfAnOrganisationSpeakForIt() {
        AnalyzedStatement officials = only("Officials at the Harbour Authority said the channel would reopen.");
        assertEquals("Harbour Authority", officials.actorName());
        assertEquals("ORG", officials.actorType());
        assertEquals("Officials", officials.actorRole());
        assertEquals("Officials at the Harbour Authority", officials.speakerText());
        AnalyzedStatement city = only("The city of Kharkiv said the bridge would be rebuilt.");
        assertEquals("Kharkiv", city.actorName());
        assertEquals("GPE", city.actorType());
        assertEquals("city of Kharkiv", city.speakerText());
        // eleven words, but only names and the small words between them: still one subject
        AnalyzedStatement longName = only("The Port Safety Center at the Talland Institute and Harbour Institution estimates that "
                + "the work will cost $40 million.");
        assertEquals("Port Safety Center", longName.actorName());
        AnalyzedStatement centre = only("The Port Safety Center in Talland said the channel would reopen.");
        assertEquals("Port Safety Center", centre.actorName());
        assertEquals("ORG", centre.actorType());
    }

    @Test
    void aTitleOfAnOrganisationOrPlaceBeforeTheName() {
        AnalyzedStatement governor = only("The Governor of Vermont Ada Marsh said the fees would rise.");
        assertEquals("Ada Marsh", governor.actorName());
        assertEquals("Governor of Vermont", governor.actorRole());
        AnalyzedStatement bank = only("Bank of Talland Governor Ines Corbett said the fees would rise.");
        assertEquals("Ines Corbett", bank.actorName());
        assertEquals("PERSON", bank.actorType());
        assertEquals("Bank of Talland Governor", bank.actorRole());
        // a title of a place with no name after it is a role, not a person called "Vermont"
        AnalyzedStatement senator = only("The Senator from Vermont says the fees are too high.");
        assertEquals("Senator from Vermont", senator.speakerText());
        assertEquals("Senator from Vermont", senator.actorName());
        // the role of a named person that an appositive gives stays theirs
        AnalyzedStatement master = only("Ines Corbett, the harbour master of Talland, a member of the port board, said the channel was safe.");
        assertEquals("Ines Corbett", master.actorName());
    }

    @Test
    void aDescriptionBeforeANameAfterTheCue() {
        AnalyzedStatement host = only("\u201cThe channel is safe,\u201d said Channel Nine host Dana Whitfield.");
        assertEquals("Dana Whitfield", host.actorName());
        assertEquals("Channel Nine host", host.actorRole());
        AnalyzedStatement delegate = only("\u201cThe channel is safe,\u201d said Del. Ana Costa.");
        assertEquals("Ana Costa", delegate.actorName());
        assertEquals("Del.", delegate.actorRole());
        AnalyzedStatement victim = only("\u201cThe channel is not safe,\u201d said 2019 flood victim Lena Okafor.");
        assertEquals("Lena Okafor", victim.actorName());
        assertEquals("2019 flood victim", victim.actorRole());
    }

    @Test
    void newsAgencyShapes() {
        // the dateline is no speaker; the one named after the cue is
        AnalyzedStatement dated = only("NEW YORK, April 2 - There is little room for higher rates this year, said Harbour Mortgage Association "
                + "chairman Tom Baker.");
        assertEquals("Tom Baker", dated.actorName());
        assertEquals("There is little room for higher rates this year", dated.content());
        // a company suffix without its full stop is an organisation, not a person called "Talland Shipping Inc"
        AnalyzedStatement company = only("Talland Shipping Inc said it would sell two ferries.");
        assertEquals("Talland Shipping Inc", company.actorName());
        assertEquals("ORG", company.actorType());
        AnalyzedStatement chancellor = only("Chancellor of the Exchequer Ada Marsh said the pound was stable.");
        assertEquals("Ada Marsh", chancellor.actorName());
        assertEquals("Chancellor of the Exchequer", chancellor.actorRole());
        // a group at the start of a sentence is the same group as elsewhere, and no person called "Dealers"
        AnalyzedStatement dealers = only("Dealers said the market was quiet.");
        assertEquals("dealers", dealers.actorName());
        assertEquals("OTHER", dealers.actorType());
        assertEquals("Democrats", only("Democrats said the bill would fail.").actorName());
    }

    @Test
    void theCompanyIsTheCompanyTheArticleNamed() {
        List<AnalyzedStatement> spoken = statements("Talland Shipping Inc said it would sell two ferries. "
                + "The company said the sale would close in May.");
        assertEquals(2, spoken.size(), spoken::toString);
        assertEquals("Talland Shipping Inc", spoken.get(1).actorName());
        assertEquals(spoken.get(0).actorId(), spoken.get(1).actorId());
        assertEquals("company", spoken.get(1).speakerText(), "the speaker as written stays");
        AnalyzedStatement named = statements("Talland Shipping Corp sold two ferries in May. The company said sales fell.").stream()
                .filter(x -> x.content().equals("sales fell")).findFirst().orElseThrow();
        assertEquals("Talland Shipping Corp", named.actorName());
        // the company's first word alone is the company, not a person called "Talland"
        AnalyzedStatement firstWord = statements("Talland Shipping Corp reported higher sales. Talland said the new ferries sold well.")
                .stream().filter(x -> x.content().equals("the new ferries sold well")).findFirst().orElseThrow();
        assertEquals("Talland Shipping Corp", firstWord.actorName());
        assertEquals("ORG", firstWord.actorType());
        AnalyzedStatement exchange = only("The Talland Stock Exchange said trading would resume.");
        assertEquals("ORG", exchange.actorType());
        // no company named before, or no definite article: the phrase itself
        assertEquals("company", only("The company said sales fell.").actorName());
        assertEquals("company", statements("Talland Shipping Inc said it would sell two ferries. A company said sales fell.")
                .get(1).actorName());
    }

    @Test
    void callingSomeoneSomethingAndSayingByWayOfAnAnswer() {
        AnalyzedStatement genius = only("His supporters called him \"a genius\" for the deal.");
        assertEquals("His supporters", genius.speakerText());
        assertEquals("OTHER", genius.actorType(), "a possessive at the start of a sentence is no name");
        assertEquals("him \"a genius\" for the deal", genius.content());
        assertEquals("a disgrace", only("Okafor called it a disgrace.").content().replace("it ", ""));
        // a phone call is no statement
        assertTrue(statements("Okafor called him on Tuesday to ask about the ferry.").isEmpty());
        AnalyzedStatement answer = only("Okafor responded to the protest by saying the fees would stay.");
        assertEquals("Okafor", answer.actorName());
        assertEquals("the fees would stay", answer.content());
    }

    @Test
    void noBreakSpacesOfWebCopy() {
        // a quote signed with a dash and a name that ends in a no-break space
        AnalyzedStatement signed = only("\u201cWe are here to stay.\u201d\u2015 Lena Okafor\u00a0");
        assertEquals("Lena Okafor", signed.actorName());
        AnalyzedStatement governor = only("Talland\u00a0Gov.\u00a0Ada Marsh said the ferries would run.");
        assertEquals("Ada Marsh", governor.actorName());
        assertEquals("Talland Gov.", governor.actorRole(), "a role with single spaces");
        assertEquals("We will stay", only("\u201c\u00a0We will stay,\u00a0\u201d Okafor said.").content(), "quoted words without the spaces around them");
    }

    @Test
    void aRelativeClauseInsideTheSubjectIsNotTheSpeaker() {
        AnalyzedStatement senator = only("The senator who chairs the banking committee said the bill would pass.");
        assertEquals("senator", senator.speakerText());
        assertEquals("the bill would pass", senator.content());

        assertEquals("Residents", only("Residents who live near the plant say the air smells of sulphur.").speakerText());

        // a comma closes the look-back: the relative clause belongs to the content, not to the speaker
        AnalyzedStatement source = only("Nurses who could leak details to reporters were kept away, a source said.");
        assertEquals("source", source.speakerText());
    }

    @Test
    void aContractedPronounIsThePronoun() {
        AnalyzedStatement s = only("I've suggested that we wait until the spring.");
        assertEquals("I", s.speakerText());
        assertEquals(s.speakerBegin() + 1, s.speakerEnd());
    }

    @Test
    void anOpeningTimeAgoIsNoPartOfTheSubject() {
        assertEquals("mayor", only("Five years ago the mayor said the bridge was safe.").speakerText());
    }

    @Test
    void aParticipleAfterACommaIsSaidByTheSubjectOfTheClauseItAdjoins() {
        AnalyzedStatement promise = only("Chastened by the defeat, Mayor Ines Corbett revised her plan, promising a new vote next week.");
        assertEquals("Ines Corbett", promise.actorName());
        assertEquals("a new vote next week", promise.content());

        AnalyzedStatement hedged = only("The council delayed the vote, perhaps hoping that tempers would cool.");
        assertEquals("council", hedged.speakerText());

        // a role between commas after an inverted speaker is an appositive, not a clause with a subject
        List<AnalyzedStatement> both = statements(
                "\u201cWe will win,\u201d said Paul Oreffice, chairman of Dow Chemical, adding that sales were strong.");
        assertEquals(2, both.size(), () -> both.toString());
        for (AnalyzedStatement s : both) {
            assertEquals("Paul Oreffice", s.actorName(), () -> s.toString());
            assertEquals("chairman of Dow Chemical", s.actorRole(), () -> s.toString());
        }
    }

    @Test
    void aLabelBeforeAColonIsNoSpeaker() {
        AnalyzedStatement s = only("The Latest: Officials say the storm has passed.");
        assertEquals("Officials", s.speakerText());
        assertEquals("the storm has passed", s.content());
    }

    @Test
    void aPassiveWithAnAdverbOrACueAfterDespiteIsNoStatement() {
        assertTrue(statements("The plan was strongly condemned by opposition leaders.").isEmpty());
        assertTrue(statements("The council went ahead despite warning residents that the bridge was unsafe.").isEmpty());
    }

    @Test
    void aQuoteOpenedWithAClosingMarkAndSignedWithADash() {
        // web copy that opens a quote with \u201d: the quote and its signature are still found
        AnalyzedStatement s = only("\u201dFear. I am afraid the mayor will win. He is not fit to lead.\u201d \u2015 Edwin Monroy");
        assertEquals("Edwin Monroy", s.actorName());
        assertEquals("direct", s.kind());
        assertTrue(s.content().startsWith("Fear. I am afraid"), () -> s.content());
    }

    @Test
    void aParticipleAfterTheMediumOfALeadPhraseIsNoCue() {
        AnalyzedStatement s = only("In a statement announcing the pick, the Association of Harbour Pilots called Corbett a \u201cchampion\u201d of safety.");
        assertEquals("called", s.cue());
        assertEquals("Association of Harbour Pilots", s.actorName());
    }

    @Test
    void aSecondPredicateThatNamesAPronounIsItsOwnStatement() {
        List<AnalyzedStatement> s = statements(
                "Rendell said he had battled through three bouts of pneumonia and called it a common ailment of long campaigns.");
        assertEquals(2, s.size(), () -> s.toString());
        assertEquals("he had battled through three bouts of pneumonia", s.get(0).content());
        assertEquals("called", s.get(1).cue());
        assertEquals("Rendell", s.get(1).actorName());
    }

    @Test
    void aStudyOrAPanelFoundWhatItReports() {
        AnalyzedStatement panel = only("An arbitration panel in 2001 found the harbour authority was in breach of the agreement.");
        assertEquals("arbitration panel", panel.speakerText());
        assertEquals("the harbour authority was in breach of the agreement", panel.content());

        AnalyzedStatement report = only("An audit office report released last year found that the port could not trace the money.");
        assertEquals("that the port could not trace the money", report.content());
        assertTrue(report.speakerText().endsWith("report"), () -> report.speakerText());

        // the report a body speaks in is no part of its name
        AnalyzedStatement ministry = only("The Finance Ministry in a report issued in February predicted inflation would slow.");
        assertEquals("Finance Ministry", ministry.actorName());
        assertEquals("inflation would slow", ministry.content());

        // a bare "found" after anyone else is no cue
        assertTrue(statements("Divers found the wreck was lying on its side.").isEmpty());
    }

    @Test
    void pollsShowWhatTheyFind() {
        AnalyzedStatement polls = only("Polls show a close contest in the county.");
        assertEquals("Polls", polls.speakerText());
        assertEquals("a close contest in the county", polls.content());

        AnalyzedStatement before = only("Exports rose by four percent in March, official figures show.");
        assertEquals("official figures", before.speakerText());
        assertEquals("Exports rose by four percent in March", before.content());

        AnalyzedStatement released = only("The latest harbour poll released Friday shows that most pilots back the channel.");
        assertTrue(released.speakerText().endsWith("poll"), () -> released.speakerText());
        assertEquals("that most pilots back the channel", released.content());

        assertTrue(statements("His show opened a new season in the port last week.").isEmpty());
    }

    @Test
    void aTitleCaseHeadlineThatShowsSomething() {
        List<AnalyzedStatement> s = ANALYZER.analyze("t1", "New Poll Shows Minor Bump For Mayor Corbett.\n\nThe race is close.",
                LocalDate.of(2025, 3, 12)).statements();
        assertEquals(1, s.size(), () -> s.toString());
        assertEquals("New Poll", s.get(0).speakerText());
        assertEquals("Minor Bump For Mayor Corbett", s.get(0).content());
    }

    @Test
    void aStatementInsideWhatASpeakerSaidEndsBeforeTheSpeaker() {
        List<AnalyzedStatement> s = statements(
                "Harbour figures released yesterday indicated the port would meet its targets, Ines Corbett said.");
        assertEquals(2, s.size(), () -> s.toString());
        AnalyzedStatement outer = s.stream().filter(x -> x.cue().equals("said")).findFirst().orElseThrow();
        AnalyzedStatement inner = s.stream().filter(x -> x.cue().equals("indicated")).findFirst().orElseThrow();
        assertEquals("Ines Corbett", outer.actorName());
        assertEquals("Harbour figures released yesterday indicated the port would meet its targets", outer.content());
        assertEquals("the port would meet its targets", inner.content());

        // "show" after anything but a finding is no cue: the markets say nothing
        AnalyzedStatement markets = only("The credit markets show signs of settling, economists said.");
        assertEquals("economists", markets.speakerText());
    }

    @Test
    void aParticiplePhraseBetweenCommasIsNoRole() {
        AnalyzedStatement before = only("Corbett, speaking to pilots in Talland, said the channel would reopen.");
        assertEquals("Corbett", before.actorName());
        assertEquals(null, before.actorRole());

        AnalyzedStatement after = only("\u201cWe will reopen,\u201d said Ada Marsh, speaking at a rally in Talland.");
        assertEquals("Ada Marsh", after.actorName());
        assertEquals(null, after.actorRole());

        assertEquals("harbour master", only("Ada Marsh, the harbour master, said the channel was safe.").actorRole());
    }

    @Test
    void aNumberAfterAboutOrOverOpensTheReportedClause() {
        AnalyzedStatement about = only("Ines Corbett has said about 20 people have applied for the seat.");
        assertEquals("Ines Corbett", about.actorName());
        assertEquals("about 20 people have applied for the seat", about.content());

        AnalyzedStatement over = only("Police said over a hundred homes were flooded.");
        assertEquals("over a hundred homes were flooded", over.content());

        // a lead phrase still is one: the content starts after it
        AnalyzedStatement lead = only("The mayor said over the weekend that the seat would be filled.");
        assertEquals("the seat would be filled", lead.content());
    }

    @Test
    void aReportedClauseInASubordinateClauseEndsWhereTheMainClauseBegins() {
        AnalyzedStatement judge = only("While a federal judge found that action unconstitutional, his decision was overturned on appeal.");
        assertEquals("that action unconstitutional", judge.content());

        List<AnalyzedStatement> both = statements("But while Smith said the plan was sound, critics believe it will fail.");
        assertEquals("the plan was sound", both.stream().filter(x -> "Smith".equals(x.speakerText())).findFirst().orElseThrow().content());
        assertEquals("it will fail", both.stream().filter(x -> "critics".equals(x.speakerText())).findFirst().orElseThrow().content());

        // the cue in the main clause keeps the whole of what follows it
        AnalyzedStatement main = only("When it rains, the mayor said, the roads by the river flood.");
        assertEquals("the roads by the river flood", main.content());
    }

    @Test
    void aFindingSubjectWithItsAuthorBeforeABareFound() {
        AnalyzedStatement study = only("A 2019 study by the harbour authority found 31 ships had run aground in the channel.");
        assertEquals("31 ships had run aground in the channel", study.content());

        AnalyzedStatement research = only("Research conducted by the Coastal Institute found pilots were often overworked.");
        assertEquals("pilots were often overworked", research.content());

        // without a finding subject, a bare "found" is what someone came upon, not a statement
        assertEquals(0, statements("A crew from the harbour authority found 31 ships in the channel.").size());
    }

    @Test
    void aRelativeClauseWhoseReportedClauseLacksItsSubject() {
        AnalyzedStatement which = only("He thanked the donors, which he said were the backbone of the campaign.");
        assertEquals("he", which.speakerText());
        assertEquals("were the backbone of the campaign", which.content());

        AnalyzedStatement what = only("The fees amount to what the union said was a tax on safety.");
        assertEquals("union", what.speakerText());
        assertEquals("was a tax on safety", what.content());

        // what follows the cue is the sentence's own predicate, not what was said
        assertTrue(statements("Everything the mayor says is a lie.").isEmpty());
        assertTrue(statements("What the mayor says is true.").isEmpty());
    }

    @Test
    void aGerundOfSayingAfterAPrepositionReportsAStatement() {
        AnalyzedStatement apology = only("The minister apologized for saying that the pilots were careless.");
        assertEquals("minister", apology.speakerText());
        assertEquals("that the pilots were careless", apology.content());

        List<AnalyzedStatement> attacked = statements("Critics attacked Ines Corbett for saying that the channel was safe.");
        AnalyzedStatement claim = attacked.stream().filter(x -> x.content().contains("channel")).findFirst().orElseThrow();
        assertEquals("Ines Corbett", claim.actorName());
        assertEquals("that the channel was safe", claim.content());
        assertEquals("Ines Corbett", attacked.stream().filter(x -> "Critics".equals(x.speakerText())).findFirst().orElseThrow().content());

        AnalyzedStatement after = only("After saying the talks had failed, Ines Corbett left the room.");
        assertEquals("Ines Corbett", after.actorName());
        assertEquals("the talks had failed", after.content());

        // what was not said is no statement; an award for writing is no saying
        assertTrue(statements("The minister stopped short of saying the talks had failed.").isEmpty());
        assertTrue(statements("She won a prize for writing a novel about the harbour.").isEmpty());
    }

    @Test
    void aPollNamedInALeadPhraseIsTheSourceOfTheClauseAfterIt() {
        AnalyzedStatement poll = only("In the latest harbour poll, conducted in early May, the ferry plan led by 5 points.");
        assertEquals("latest harbour poll", poll.speakerText());
        assertEquals("the ferry plan led by 5 points", poll.content());

        // a clause with a cue of its own is that speaker's; a report is where something was said, not a finding
        AnalyzedStatement share = only("In a survey of 2,000 pilots, 40 percent said they would strike.");
        assertEquals("40 percent", share.speakerText());
        assertTrue(statements("In a report released Tuesday, the authority cut its forecast for traffic.").isEmpty());
    }

    @Test
    void aBeliefInThePresentTenseBeforeThatIsACue() {
        AnalyzedStatement worry = only("But environmentalists worry that the channel will silt up again.");
        assertEquals("environmentalists", worry.speakerText());
        assertEquals("that the channel will silt up again", worry.content());

        AnalyzedStatement police = only("But police also fear that sweeping arrests could add fuel to the tensions.");
        assertEquals("police", police.speakerText());

        AnalyzedStatement know = only("We know that the pilots were overworked.");
        assertEquals("that the pilots were overworked", know.content());

        // the noun: "widespread fear that", "The hope that"
        assertTrue(statements("The dollar fell amid widespread fear that rates would rise.").isEmpty());
        assertTrue(statements("The hope that talks resume is fading.").isEmpty());
    }

    @Test
    void aReportedClauseEndsBeforeADashAndANewCueOfTheSpeaker() {
        List<AnalyzedStatement> s = statements("Okafor said the talks would be harder this year \u2014 and she noted that the fees had doubled.");
        assertEquals(2, s.size(), () -> s.toString());
        assertEquals("the talks would be harder this year", s.get(0).content());
        assertEquals("that the fees had doubled", s.get(1).content());
    }
}
