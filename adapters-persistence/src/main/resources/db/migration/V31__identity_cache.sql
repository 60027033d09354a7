-- V31: the sampling frame's ids come from their identity sequence a thousand at a time (issue 11, docs/benchmarks.md).
-- With the default, H2 keeps 32 values in memory and writes the sequence each time they run out; with WRITE_DELAY 0
-- each such write is a commit of the store: 3,125 commits for a 100,000-row frame, about a third of its import.
-- H2 writes the sequence's real value when the database is closed, so ids stay without gaps unless the process is
-- killed. PostgreSQL caches per session, so its ids may jump by up to a thousand between imports; they are never
-- shown, and only one import writes units at a time (the import lock). Tables whose ids order events (dispositions,
-- resolutions) keep the default: with a per-session cache, concurrent sessions would number them out of order.
-- jOOQ's code generator cannot parse the clause, and the generated code does not depend on it.
/* [jooq ignore start] */
alter table survey_unit alter column id set cache 1000;
/* [jooq ignore stop] */
