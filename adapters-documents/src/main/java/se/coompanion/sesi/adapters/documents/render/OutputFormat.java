package se.coompanion.sesi.adapters.documents.render;

/** How a listing is printed: an aligned table for people, or CSV for programs. */
public enum OutputFormat {
    TABLE, CSV
}
