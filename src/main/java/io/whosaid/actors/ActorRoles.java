package io.whosaid.actors;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the {@code actor_role} column shows: a title or role as written ("NATO Secretary General",
 * "a lawyer for the family"), not the rest of a long appositive that the speaker rules carried along.
 */
public final class ActorRoles {
    /** A longer appositive is a description or a clause, not a title: it keeps its first part or nothing. */
    static final int MAX_WORDS = 12;
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** Openers of an example list ("lawmakers, such as ..."): the people named there are not the speaker's role. */
    private static final Set<String> LIST_OPENERS = Set.of("such as", "including", "like", "among them");

    private ActorRoles() {}

    /** The role to write for {@code role} as the rules found it; null when nothing of it is a role. */
    public static String clean(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String text = role.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String opener : LIST_OPENERS) {
            if (lower.startsWith(opener + " ")) {
                return null;
            }
        }
        if (words(text) <= MAX_WORDS) {
            return text;
        }
        int comma = text.indexOf(',');
        String first = comma < 0 ? "" : text.substring(0, comma).strip();
        return !first.isEmpty() && words(first) <= MAX_WORDS ? first : null;
    }

    private static int words(String text) {
        return WORDS.split(text).length;
    }
}
