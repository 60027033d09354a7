package se.coompanion.sesi.domain.seminar;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The methods and models for jobs and skills that an analysis seminar discusses with the social-economy actors
 * (domain.md, "Analysis seminar"). An agenda item may name one; OTHER for a method outside the list.
 */
public enum MethodModel {
    /** Social considerations in public procurement, including reserved contracts. */
    SOCIAL_PROCUREMENT,
    /** Work-integration models: work-integration social enterprises, supported employment, work training. */
    WORK_INTEGRATION,
    /** Start-up support for cooperatives and social enterprises (the cooperative development agencies' advice). */
    COOPERATIVE_START_UP,
    /** Idéburet offentligt partnerskap: a partnership between a public body and a non-profit organisation. */
    IOP,
    /** Financing of social enterprises: social investment, grants, loans. */
    SOCIAL_FINANCE,
    OTHER;

    /** The method's name for people ("Sociala hänsyn i upphandling" / "Social procurement"). */
    public Message title() {
        return Message.of(MethodModel.class, "method." + name());
    }

    public static MethodModel parse(String text) {
        return Codes.parse(MethodModel.class, text, MethodModel.class, "method.unknown");
    }
}
