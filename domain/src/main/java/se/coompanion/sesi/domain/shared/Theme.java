package se.coompanion.sesi.domain.shared;

/**
 * A theme of the pre-study's evidence: the same list for the needs raised in municipalities and for the findings
 * of the environmental scan (domain.md). The default list; a project that needs another theme adds a constant here
 * (with its titles in the message bundles), so that a typo in a file never becomes a theme of its own.
 */
public enum Theme {
    WORK_INTEGRATION,
    SKILLS_SUPPLY,
    /** Including reserved contracts. */
    PUBLIC_PROCUREMENT,
    SERVICE_IN_SPARSE_AREAS,
    FINANCING,
    BUSINESS_DEVELOPMENT,
    COLLABORATION_STRUCTURE,
    /** Knowledge and status of social entrepreneurship. */
    KNOWLEDGE_AND_STATUS,
    WOMENS_ENTREPRENEURSHIP,
    OTHER;

    /** The theme's name for people ("Arbetsintegrering" / "Work integration"). */
    public Message title() {
        return Glossary.term("theme", this);
    }

    /** Reads the code, case-insensitively, with hyphens, spaces or underscores ("work-integration"). */
    public static Theme parse(String text) {
        return Codes.parse(Theme.class, text, Theme.class, "theme.unknown");
    }
}
